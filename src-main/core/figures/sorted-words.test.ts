// SortedWords answers exactly as a Set of the same words, including prefixes, neighbours and non-ASCII words.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortedWords } from './sorted-words';

describe('SortedWords', () => {
  it('knows its words and nothing else: prefixes, extensions and neighbours are not members', () => {
    const list = new SortedWords(['Ali', 'Alia', "A'isha", 'Zoë', 'al-Assad', 'Ali']);
    expect(list.size).toBe(5);
    for (const w of ['Ali', 'Alia', "A'isha", 'Zoë', 'al-Assad']) expect(list.has(w)).toBe(true);
    for (const w of ['Al', 'Alis', 'Aliaa', 'Zoe', 'ali', '', 'al-Assa']) expect(list.has(w)).toBe(false);
    expect(new SortedWords([]).has('x')).toBe(false);
  });

  it('agrees with a Set on any words', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 60 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 30 }), (words, probes) => {
        const list = new SortedWords(words);
        const set = new Set(words.filter((w) => w !== '' && !w.includes('\n')));
        for (const p of [...words, ...probes]) expect(list.has(p)).toBe(set.has(p));
      }),
    );
  });
});
