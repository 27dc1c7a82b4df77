import { describe, expect, it } from 'vitest';
import { foldWord, tokenize } from './tokens';

const words = (t: string) => tokenize(t).map((w) => t.slice(w.start, w.end));

describe('tokenize', () => {
  it('splits on spaces, hyphens and punctuation but keeps inner apostrophes and numbers whole', () => {
    expect(words("Assad's forces killed 19,000 in al-Zor (SNC).")).toEqual([
      "Assad's", 'forces', 'killed', '19,000', 'in', 'al', 'Zor', 'SNC',
    ]);
  });
  it('returns absolute offsets for a sub-range', () => {
    const t = 'One two. Three four.';
    const toks = tokenize(t, 9, t.length);
    expect(toks.map((w) => t.slice(w.start, w.end))).toEqual(['Three', 'four']);
    expect(toks[0].start).toBe(9);
  });
  it('folds case, Latin accents and curly apostrophes', () => {
    expect(foldWord('Chargé')).toBe(foldWord('charge'));
    expect(foldWord('Assad’s')).toBe("assad's");
  });
  it('folds Arabic diacritics, tatweel and interchangeable letters', () => {
    expect(foldWord('أحمد')).toBe(foldWord('احمد'));
    expect(foldWord('مُحَمَّد')).toBe('محمد');
    expect(foldWord('ســوريا')).toBe('سوريا');
    expect(foldWord('سورية')).toBe(foldWord('سوريه'));
    expect(words('قال نواف الفارس إنه انشق.')).toEqual(['قال', 'نواف', 'الفارس', 'إنه', 'انشق']);
  });
  it('gives nothing for text without words', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' -- ... ')).toEqual([]);
  });
});
