import { describe, expect, it } from 'vitest';
import { parseRoute } from './router';

describe('the trash route', () => {
  it('parses #/trash and nothing below it', () => {
    expect(parseRoute('#/trash')).toEqual({ name: 'trash' });
    expect(parseRoute('#/trash/x').name).toBe('not-found');
  });
});
