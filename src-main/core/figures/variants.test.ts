import { describe, expect, it } from 'vitest';
import { analyzeArticles } from './index';
import { nameKeys } from './keys';
import { variantKey } from './variants';

const variant = (name: string) => variantKey(nameKeys(name.split(' ')));

describe('transliteration variants', () => {
  it('bring together the spellings outlets trade for one name', () => {
    expect(variant('Moamer Kadhafi')).toBe(variant('Muammar Gaddafi'));
    expect(variant('Moammar Gadhafi')).toBe(variant('Muammar Qadhafi'));
    expect(variant('Abbas Araqchi')).toBe(variant('Abbas Araghchi'));
    expect(variant('Abd al-Hamid al-Dbeiba')).toBe(variant('Abdul Hamid Dbeibah'));
    expect(variant('Vitaliy Klychko')).toBe(variant('Vitali Klitschko'));
  });
  it('keep different names apart', () => {
    expect(variant('Muammar Gaddafi')).not.toBe(variant('Saif Gaddafi'));
    expect(variant('Imran Khan')).not.toBe(variant('Imran Kazmi'));
    expect(variant('Gaddafi')).toBeNull();
  });
  it('make one figure of variants across articles; the other id resolves as a former id; "not one person" keeps them apart', () => {
    const articles = [
      { id: 'a', text: 'Libyan leader Muammar Gaddafi spoke in Tripoli on Monday.' },
      { id: 'b', text: 'Libyan leader Moamer Kadhafi spoke in Tripoli on Monday.' },
    ];
    const merged = analyzeArticles(articles);
    const gaddafi = merged.figures.filter((f) => f.name.includes('Gaddafi') || f.name.includes('Kadhafi'));
    expect(gaddafi).toHaveLength(1);
    expect([gaddafi[0].name, ...gaddafi[0].aliases].sort()).toEqual(['Moamer Kadhafi', 'Muammar Gaddafi']);
    expect(gaddafi[0].formerIds?.length).toBe(1);
    const apart = analyzeArticles(articles, [{ id: 'd1', kind: 'merge', a: gaddafi[0].id, b: gaddafi[0].formerIds![0], verdict: 'no', at: '2026-11-22T00:00:00Z' }]);
    expect(apart.figures.filter((f) => f.name.includes('Gaddafi') || f.name.includes('Kadhafi'))).toHaveLength(2);
  });
});
