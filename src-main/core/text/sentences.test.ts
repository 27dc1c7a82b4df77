import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (t: string) => splitSentences(t).map(([s, e]) => t.slice(s, e));

describe('splitSentences', () => {
  it('splits ordinary sentences and keeps quotes whole', () => {
    expect(texts('Assad said no. The envoy left. "Go," he said.')).toEqual([
      'Assad said no.', 'The envoy left.', '"Go," he said.',
    ]);
  });
  it('does not break after titles, abbreviations or initials', () => {
    expect(texts('Mr. Assad met Dr. Smith in the U.S. capital. George W. Bush was not there.')).toEqual([
      'Mr. Assad met Dr. Smith in the U.S. capital.', 'George W. Bush was not there.',
    ]);
  });
  it('honours a sub-range and returns absolute offsets', () => {
    const t = 'First para.\nSecond one. Third.';
    const spans = splitSentences(t, 12, t.length);
    expect(spans.map(([s, e]) => t.slice(s, e))).toEqual(['Second one.', 'Third.']);
    expect(spans[0][0]).toBe(12);
  });
});
