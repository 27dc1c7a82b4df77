import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countBySegmenter, countWords } from './words';

const CORPUS = resolve(__dirname, '../../../corpus');

describe('countWords', () => {
  it('agrees with Intl.Segmenter on the sample corpus', () => {
    for (const f of readdirSync(CORPUS).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(CORPUS, f), 'utf8');
      expect(countWords(text)).toBe(countBySegmenter(text));
    }
  });
  it('agrees with Intl.Segmenter on text made of letters, digits, Arabic and in-word punctuation (underscore-only runs are an ICU quirk, not tested)', () => {
    const alphabet = fc.constantFrom(...'aZé1 9.,;:\'’-"\nنو'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), (s) => {
        expect(countWords(s)).toBe(countBySegmenter(s));
      }),
      { numRuns: 2000 },
    );
  });
  it('uses the segmenter for scripts written without spaces', () => {
    const s = '日本語の文章です。Quire counts it.';
    expect(countWords(s)).toBe(countBySegmenter(s));
  });
});
