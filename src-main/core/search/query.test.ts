import { describe, expect, it } from 'vitest';
import { parseQuery, typoBudget } from './query';

describe('parseQuery', () => {
  it('separates quoted phrases from free words', () => {
    const q = parseQuery('Fares "the Syrian ambassador" defection');
    expect(q.words).toEqual(['fares', 'defection']);
    expect(q.phrases).toEqual([['the', 'syrian', 'ambassador']]);
    expect(q.phraseTerms).toEqual(['syrian', 'ambassador']);
  });

  it('treats the last word as unfinished unless the query ends in a space or a quote', () => {
    expect(parseQuery('ambass').prefixLast).toBe(true);
    expect(parseQuery('ambass ').prefixLast).toBe(false);
    expect(parseQuery('"no longer"').prefixLast).toBe(false);
  });

  it('accepts an unclosed quote as a phrase to the end', () => {
    expect(parseQuery('"conscience no longer').phrases).toEqual([['conscience', 'no', 'longer']]);
  });

  it('allows more typos in longer words', () => {
    expect(['war', 'envoy', 'defectoin'].map(typoBudget)).toEqual([0, 1, 2]);
  });
});
