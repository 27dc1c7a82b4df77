import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePostings, encodeFlat } from './packed';
import { PostingsBuilder } from './postings-builder';

const TERMS = ['envoy', 'syria', 'talks', 'ankara', 'fares'];
// Documents as lists of (field id, term frequencies), fields in any order.
const docs = fc.array(fc.array(fc.tuple(fc.nat(2), fc.dictionary(fc.constantFrom(...TERMS), fc.integer({ min: 1, max: 70 }))), { maxLength: 3 }), { maxLength: 30 });

/** What MiniSearch's gathering gives: term -> field -> [doc, n, ...], terms and fields in first-seen order. */
function naive(ds: [number, Record<string, number>][][], gap: number) {
  const pending = new Map<string, Map<number, number[]>>();
  const counts = new Map<string, number>();
  ds.forEach((fields, i) => {
    for (const [fieldId, tf] of fields) {
      for (const [term, n] of Object.entries(tf)) {
        if (!pending.has(term)) pending.set(term, new Map());
        const data = pending.get(term)!;
        if (!data.has(fieldId)) data.set(fieldId, []);
        data.get(fieldId)!.push(i * gap, n);
        counts.set(term, (counts.get(term) ?? 0) + n);
      }
    }
  });
  return { terms: [...pending.keys()], postings: [...pending.values()].map(encodeFlat), counts: [...pending.keys()].map((t) => counts.get(t)!) };
}

describe('PostingsBuilder', () => {
  it('packs postings as encodeFlat packs what MiniSearch gathers, terms and fields in first-seen order', () => {
    fc.assert(fc.property(docs, fc.constantFrom(1, 7, 40_000), (ds, gap) => {
      const b = new PostingsBuilder(3);
      ds.forEach((fields, i) => {
        for (const [fieldId, tf] of fields) b.add(i * gap, fieldId, new Map(Object.entries(tf)));
      });
      expect(b.finish()).toEqual(naive(ds, gap));
    }));
  });

  it('packs long runs (a word in every document) that decode back', () => {
    const b = new PostingsBuilder(2);
    for (let doc = 0; doc < 30_000; doc++) b.add(doc * 3, 1, new Map([['said', 1 + (doc % 40)]]));
    const { postings } = b.finish();
    const back = decodePostings(postings[0]).get(1)!;
    expect(back.size).toBe(30_000);
    expect(back.get(3 * 29_999)).toBe(1 + (29_999 % 40));
  });
});
