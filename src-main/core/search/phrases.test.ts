import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseSignature, phraseTest } from './phrases';
import { findPhrase } from './snippet';
import { tokenize } from './terms';

const WORDS = ['the', 'envoy', 'said', 'Syria', 'Déjà', 'vu', 'ambassador', 'of', 'talks', 'in', 'Ankara', "don't", '2012'];
const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ', ', '. ', '\n', ' — ')), { maxLength: 60 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

describe('phrase signatures', () => {
  it('never rule out a document that holds the phrase (in its title or its text)', () => {
    fc.assert(fc.property(text, text, fc.nat(), fc.integer({ min: 1, max: 4 }), (title, body, at, n) => {
      const words = tokenize(title + '\n' + body).map((t) => t.term);
      const sig = phraseSignature([title, body]);
      const phrase = words.slice(at % Math.max(1, words.length), (at % Math.max(1, words.length)) + n);
      if (phrase.length === 0) return;
      const present = findPhrase(body, phrase).length > 0 || findPhrase(title, phrase).length > 0;
      if (present) expect(phraseTest([phrase])(sig)).toBe(true);
    }), { numRuns: 500 });
  });

  it('rule out nearly every document without the word pair', () => {
    const docs = Array.from({ length: 2000 }, (_, i) => phraseSignature(['', `report ${i} said the envoy met officials in Ankara on Tuesday and talks went on`]));
    const absent = phraseTest([['envoy', 'ankara']]);
    expect(docs.filter((s) => absent(s)).length).toBeLessThan(40); // ~0.7% expected
    expect(docs.every((s) => phraseTest([['the', 'envoy'], ['in', 'ankara']])(s))).toBe(true);
  });

  it('let everything through without a signature or a pair to test', () => {
    expect(phraseTest([['envoy', 'ankara']])(undefined)).toBe(true);
    expect(phraseTest([['envoy']])(phraseSignature(['', 'nothing here']))).toBe(true);
  });

  it('fold case and accents as the index does', () => {
    const sig = phraseSignature(['', 'Le DÉJÀ Vu du jour']);
    expect(phraseTest([['deja', 'vu']])(sig)).toBe(true);
  });
});
