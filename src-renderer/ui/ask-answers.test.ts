import { describe, expect, it } from 'vitest';
import { answers } from './ask-answers';

describe('answers (the ask dialog\'s fields to values)', () => {
  const fields = [{ name: 'name', label: 'Name', required: true }, { name: 'aliases', label: 'Other names' }];

  it('trims every value and keeps optional blanks as empty strings', () => {
    expect(answers(fields, { name: '  Nawaf Fares ', aliases: ' ' })).toEqual({ name: 'Nawaf Fares', aliases: '' });
  });
  it('refuses a blank required field', () => {
    expect(answers(fields, { name: '   ', aliases: 'x' })).toBeNull();
    expect(answers(fields, {})).toBeNull();
  });
  it('a confirmation without fields answers an empty object', () => {
    expect(answers([], {})).toEqual({});
  });
});
