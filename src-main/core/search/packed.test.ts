import fc from 'fast-check';
import type { Query } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { QuireMiniSearch } from './mini';
import { decodePostings, encodePostings, PackedSource, SearchIndexFormatError } from './packed';
import { rank, type FieldTermData } from './ranking';

const postings = fc.array(fc.tuple(fc.nat(4), fc.uniqueArray(fc.tuple(fc.nat(2_000_000), fc.integer({ min: 1, max: 5000 })), { selector: (p) => p[0], maxLength: 40 })), { maxLength: 4 })
  .map((fields) => new Map(fields.filter(([, docs]) => docs.length > 0).map(([f, docs]) => [f, new Map(docs)])) as FieldTermData);

describe('packed postings', () => {
  it('decode what they encode, in the same field and document order', () => {
    fc.assert(fc.property(postings, (data) => {
      const back = decodePostings(encodePostings(data, () => true));
      expect([...back].map(([f, d]) => [f, [...d]])).toEqual([...data].map(([f, d]) => [f, [...d]]));
    }));
  });

  it('leave out removed documents, and a field left empty', () => {
    const data: FieldTermData = new Map([[0, new Map([[3, 1], [9, 2]])], [1, new Map([[9, 1]])]]);
    expect([...decodePostings(encodePostings(data, (doc) => doc !== 9))]).toEqual([[0, new Map([[3, 1]])]]);
  });

  it('stay within characters JSON need not escape, about two for a common word', () => {
    const common: FieldTermData = new Map([[1, new Map(Array.from({ length: 1000 }, (_, i) => [i, 1 + (i % 2)]))]]);
    const s = encodePostings(common, () => true);
    expect(s.length).toBeLessThan(2100);
    expect(JSON.stringify(s)).toBe(`"${s}"`);
  });

  it('refuse a damaged string', () => {
    expect(() => decodePostings('not packed')).toThrow(SearchIndexFormatError);
    expect(() => decodePostings('1]')).toThrow(SearchIndexFormatError);
  });
});

describe('PackedSource', () => {
  const WORDS = ['envoy', 'envoys', 'ambassador', 'defection', 'syria', 'syrian', 'talks', 'minister', 'ministers'];
  const docs = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), text: fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' ')) }),
    { selector: (d) => d.id, minLength: 1, maxLength: 20 });
  const options = { fields: ['text'], tokenize: (s: string) => s.split(' ').filter(Boolean), searchOptions: { weights: { fuzzy: 0.4, prefix: 0.6 } } };

  it('ranks a saved index, decoding terms on demand, as the index loaded whole', () => {
    fc.assert(fc.property(docs, fc.constantFrom<Query>('envoy', 'envoi talks', 'minist', 'syira defection', 'zz'), fc.boolean(), (ds, q, fuzzy) => {
      const mini = new QuireMiniSearch<{ id: string; text: string }>(options);
      mini.addBatch(ds);
      const packed = JSON.parse(JSON.stringify(mini.pack()));
      const whole = QuireMiniSearch.unpack(packed, options);
      const o = { prefix: true, fuzzy: fuzzy ? 1 : false };
      const lazy = rank(new PackedSource(packed, 2), whole.rankSettings(), q, o).take(50);
      expect(lazy).toEqual(rank(whole.rankSource(), whole.rankSettings(), q, o).take(50));
    }));
  });
});
