import { describe, expect, it } from 'vitest';
import { fold, indexTerms, tokenize } from './terms';

describe('terms', () => {
  it('folds case and accents', () => {
    expect(fold('Déjà')).toBe('deja');
    expect(fold('MOALLEM')).toBe('moallem');
  });

  it('gives words with offsets into the original text', () => {
    const text = 'Nawaf al-Fares, Syria’s envoy';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Nawaf', 'al', 'Fares', 'Syria', 's', 'envoy']);
    expect(tokens[2].term).toBe('fares');
  });

  it('leaves stop words out of the index terms', () => {
    expect(indexTerms('The ambassador of Syria and the Prime Minister')).toEqual(['ambassador', 'syria', 'prime', 'minister']);
  });
});
