import { describe, expect, it } from 'vitest';
import { findAll } from './find-text';

describe('findAll', () => {
  it('finds every occurrence, ignoring case and accents, with exact offsets', () => {
    const text = 'Fares left. FARES spoke; Farès wrote.';
    const spans = findAll(text, 'fares');
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['Fares', 'FARES', 'Farès']);
  });

  it('lets a space in the query match a line break, and treats the query as plain text', () => {
    const text = 'the ambassador\nto Iraq (a.k.a. envoy)';
    expect(findAll(text, 'ambassador to').map(([s, e]) => text.slice(s, e))).toEqual(['ambassador\nto']);
    expect(findAll(text, '(a.k.a.').map(([s, e]) => text.slice(s, e))).toEqual(['(a.k.a.']);
    expect(findAll(text, '   ')).toEqual([]);
  });
});
