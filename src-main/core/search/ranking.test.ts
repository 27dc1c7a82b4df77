import fc from 'fast-check';
import MiniSearch, { type Options, type Query, type SearchOptions } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { QuireMiniSearch } from './mini';
import { rank } from './ranking';

interface Doc { id: string; title: string; text: string; meta: string }

const WORDS = ['envoy', 'envoys', 'ambassador', 'ambassadors', 'defection', 'defected', 'syria', 'syrian', 'iraq', 'talks',
  'minister', 'ministers', 'fares', 'baghdad', 'ankara', 'refugees', 'border', 'borders', 'regime', 'reuters'];
const TYPOS = ['envoi', 'ambasador', 'defectoin', 'syira', 'ministr', 'baghdd', 'refugee', 'ambass', 'def', 'min', 'zzz'];

const options: Options<Doc> = {
  fields: ['title', 'text', 'meta'],
  tokenize: (s) => s.split(/\s+/).filter(Boolean),
  processTerm: (t) => t.toLowerCase(),
  searchOptions: { boost: { title: 3, meta: 1.5 }, weights: { fuzzy: 0.4, prefix: 0.6 } },
};

const words = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));
const corpus = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), title: words(0, 4), text: words(0, 30), meta: words(0, 2) }),
  { selector: (d) => d.id, minLength: 1, maxLength: 25 });
const leaf = fc.array(fc.constantFrom(...WORDS, ...TYPOS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const node: fc.Arbitrary<Query> = fc.letrec<{ q: Query }>((tie) => ({
  q: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({
      combineWith: fc.constantFrom('AND', 'OR'),
      queries: fc.array(tie('q'), { minLength: 1, maxLength: 3 }),
      prefix: fc.option(fc.boolean(), { nil: undefined }),
      fuzzy: fc.option(fc.constantFrom(0, 1, 2, 0.2, true), { nil: undefined }),
    }) as fc.Arbitrary<Query>),
})).q;
const searchOptions: fc.Arbitrary<SearchOptions> = fc.record({
  combineWith: fc.constantFrom('AND', 'OR', undefined),
  prefix: fc.constantFrom(true, false, (t: string) => t.length >= 3),
  fuzzy: fc.constantFrom(false, 1, 0.3, (t: string) => (t.length > 4 ? 1 : 0)),
}, { requiredKeys: [] });

/** What MiniSearch's own search returns, in its order. */
function reference(mini: MiniSearch<Doc>, q: Query, o: SearchOptions) {
  return mini.search(q, o).map((r) => ({ id: r.id as string, score: r.score, terms: [...r.terms].sort() }));
}

function ours(mini: QuireMiniSearch<Doc>, q: Query, o: SearchOptions) {
  const ranking = rank(mini.rankSource(), mini.rankSettings(), q, o);
  return ranking.take(Infinity).map((r) => ({ id: r.id, score: r.score, terms: ranking.termsOf(r.doc).sort() }));
}

describe('ranking', () => {
  it("gives MiniSearch's results, scores (to the bit) and order, for any query tree", () => {
    fc.assert(fc.property(corpus, node, searchOptions, (docs, q, o) => {
      const mini = new MiniSearch<Doc>(options);
      mini.addAll(docs);
      const quire = new QuireMiniSearch<Doc>(options);
      quire.addAll(docs);
      expect(ours(quire, q, o)).toEqual(reference(mini, q, o));
    }), { numRuns: 300 });
  });

  it('agrees after documents are removed (once the postings are clean) and skips removed ones before', async () => {
    await fc.assert(fc.asyncProperty(corpus, fc.array(fc.nat(), { maxLength: 5 }), node, async (docs, drop, q) => {
      const mini = new MiniSearch<Doc>(options);
      const quire = new QuireMiniSearch<Doc>(options);
      mini.addAll(docs);
      quire.addBatch(docs);
      const gone = [...new Set(drop.map((i) => docs[i % docs.length].id))];
      for (const m of [mini, quire]) for (const id of gone) m.discard(id);
      const before = ours(quire, q, {});
      expect(before.map((r) => r.id).filter((id) => gone.includes(id))).toEqual([]);
      await mini.vacuum();
      expect(before.map((r) => r.id).sort()).toEqual(reference(mini, q, {}).map((r) => r.id).sort());
      await quire.vacuum();
      expect(ours(quire, q, {})).toEqual(reference(mini, q, {}));
    }), { numRuns: 100 });
  });

  it('takes the best documents lazily, filtered, and leaves out what `keep` rejects before ordering', () => {
    const quire = new QuireMiniSearch<Doc>(options);
    quire.addBatch([
      { id: 'a', title: 'envoy', text: 'envoy envoy talks', meta: '' },
      { id: 'b', title: '', text: 'envoy talks', meta: '' },
      { id: 'c', title: '', text: 'talks', meta: 'envoy' },
    ]);
    const all = rank(quire.rankSource(), quire.rankSettings(), 'envoy').take(10).map((r) => r.id);
    expect(all).toEqual(['a', 'c', 'b']);
    const r = rank(quire.rankSource(), quire.rankSettings(), 'envoy', {}, (doc) => quire.rankSource().idOf(doc) !== 'c');
    expect(r.next()?.id).toBe('a');
    expect(r.next((id) => id !== 'b')).toBeUndefined();
  });
});

describe('QuireMiniSearch', () => {
  it('builds by batch the very index MiniSearch builds document by document, and counts every term', () => {
    fc.assert(fc.property(corpus, corpus, (first, second) => {
      const more = second.filter((d) => !first.some((f) => f.id === d.id));
      const counting = new Map<string, number>();
      const reference = new QuireMiniSearch<Doc>({ ...options, processTerm: (t) => {
        const term = t.toLowerCase();
        counting.set(term, (counting.get(term) ?? 0) + 1);
        return term;
      } });
      reference.addAll(first);
      reference.addAll(more);
      const counted = new Map<string, number>();
      const batch = new QuireMiniSearch<Doc>(options);
      const count = (term: string, n: number) => counted.set(term, (counted.get(term) ?? 0) + n);
      batch.addBatch(first, count);
      batch.addBatch(more, count);
      expect(batch.pack()).toEqual(reference.pack());
      expect(new Map([...counted].sort())).toEqual(new Map([...counting].sort()));
    }), { numRuns: 100 });
  });

  it('packs documents straight into the form addBatch then pack would give (terms in another order)', () => {
    fc.assert(fc.property(corpus, (docs) => {
      const counted = new Map<string, number>();
      const packed = QuireMiniSearch.packDocuments(docs, options, (t, n) => counted.set(t, (counted.get(t) ?? 0) + n));
      const counting = new Map<string, number>();
      const live = new QuireMiniSearch<Doc>(options);
      live.addBatch(docs, (t, n) => counting.set(t, (counting.get(t) ?? 0) + n));
      const expected = live.pack();
      const byTerm = (p: typeof packed) => new Map(p.terms.map((t, i) => [t, p.postings[i]]));
      expect(byTerm(packed)).toEqual(byTerm(expected));
      expect({ ...packed, terms: [], postings: [] }).toEqual({ ...expected, terms: [], postings: [] });
      expect(counted).toEqual(counting);
    }), { numRuns: 100 });
  });

  it('packs and unpacks to the same index, and reads a term\'s occurrences off its postings', () => {
    const quire = new QuireMiniSearch<Doc>(options);
    quire.addBatch([
      { id: 'a', title: 'envoy', text: 'envoy envoy talks', meta: '' },
      { id: 'b', title: '', text: 'envoy talks iraq', meta: 'reuters' },
    ]);
    quire.discard('b');
    const packed = quire.pack();
    expect(packed.ids).toEqual(['a']);
    expect(packed.terms).not.toContain('iraq');
    // The same index, though its radix tree may walk the terms in another order (as after MiniSearch's own loadJSON).
    const again = QuireMiniSearch.unpack(JSON.parse(JSON.stringify(packed)), options).pack();
    const byTerm = (p: typeof packed) => new Map(p.terms.map((t, i) => [t, p.postings[i]]));
    expect(byTerm(again)).toEqual(byTerm(packed));
    expect({ ...again, terms: [], postings: [] }).toEqual({ ...packed, terms: [], postings: [] });
    expect(quire.occurrences(['a'])).toEqual(new Map([['envoy', 3], ['talks', 1]]));
  });
});
