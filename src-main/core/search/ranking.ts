// Exact ranking over a MiniSearch index without a result object per matching document: MiniSearch's own scores and
// order, accumulated in typed arrays, the best documents taken lazily from a heap.
//
// Why: a common word matches most of a 10,000-article notebook, and MiniSearch's search() builds, filters and sorts a
// result for every one of them to show 20 (most of a query's time at 10k). Here the BM25 terms are added in
// MiniSearch's order of operations (same numbers, bit for bit) and ties keep its order (the order documents first
// matched); ranking.test.ts checks both against MiniSearch itself. Only what Quire's planner sends is supported: query
// trees of AND / OR, prefix and fuzzy per term, field boosts and weights (no boostDocument, boostTerm or AND_NOT).

import type { Query, SearchOptions } from 'minisearch';

/** Occurrences of one term: field id -> (short document id -> count). MiniSearch's own posting shape. */
export type FieldTermData = Map<number, Map<number, number>>;

/** What ranking reads from an index: MiniSearch's data (mini.ts), or a packed index opened term by term (packed.ts). */
export interface RankSource {
  readonly documentCount: number;
  /** Short document ids are below this. */
  readonly capacity: number;
  readonly fieldIds: Readonly<Record<string, number>>;
  readonly avgFieldLength: readonly number[];
  /** True when postings may still name removed documents (MiniSearch removes them lazily). */
  readonly stale: boolean;
  /** Field lengths of a document, or undefined when it was removed. */
  fieldLength(doc: number): readonly number[] | undefined;
  idOf(doc: number): string | undefined;
  postings(term: string): FieldTermData | undefined;
  /** Indexed terms beginning with `prefix` (itself included), in the index's order. */
  prefixed(prefix: string): Iterable<[string, FieldTermData]>;
  /** Indexed terms within `maxDistance` edits of `term` (itself included), with their distance. */
  similar(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
}

/** The index's own settings that a query inherits: its fields, tokeniser and default search options. */
export interface RankSettings {
  fields: readonly string[];
  tokenize: (text: string) => string[];
  searchOptions: SearchOptions;
}

export interface RankedDoc {
  doc: number; // short id
  id: string;
  score: number;
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 }; // MiniSearch's defaults
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 }; // MiniSearch's defaults
const MAX_FUZZY = 6;

type Options = SearchOptions & { tokenize?: (text: string) => string[]; queries?: undefined };

/** Scores, matched query words and first-match order of the documents one (sub)query matched. */
class Matches {
  readonly score: Float64Array;
  readonly words: Uint32Array; // a bit per query word (quality = how many distinct query words matched)
  readonly in: Uint8Array;
  order: number[] = [];

  constructor(capacity: number, readonly wordsPerDoc: number) {
    this.score = new Float64Array(capacity);
    this.words = new Uint32Array(capacity * wordsPerDoc);
    this.in = new Uint8Array(capacity);
  }

  add(doc: number, score: number, word: number): void {
    if (this.in[doc] === 0) {
      this.in[doc] = 1;
      this.order.push(doc);
    }
    this.score[doc] += score;
    this.words[doc * this.wordsPerDoc + (word >>> 5)] |= 1 << (word & 31);
  }

  private mergeWords(doc: number, from: Matches): void {
    const w = this.wordsPerDoc;
    for (let i = 0; i < w; i++) this.words[doc * w + i] |= from.words[doc * w + i];
  }

  /** MiniSearch's OR: documents of either, scores added (this one's first). */
  or(other: Matches): void {
    for (const doc of other.order) {
      if (this.in[doc] === 0) {
        this.in[doc] = 1;
        this.order.push(doc);
        this.score[doc] = other.score[doc];
      } else {
        this.score[doc] = this.score[doc] + other.score[doc];
      }
      this.mergeWords(doc, other);
    }
  }

  /** MiniSearch's AND: documents of both, in the other's order, scores added (this one's first). */
  and(other: Matches): void {
    for (const doc of this.order) if (other.in[doc] === 0) this.drop(doc);
    const order: number[] = [];
    for (const doc of other.order) {
      if (this.in[doc] === 0) continue;
      this.score[doc] = this.score[doc] + other.score[doc];
      this.mergeWords(doc, other);
      order.push(doc);
    }
    this.order = order;
  }

  clear(): void {
    for (const doc of this.order) this.drop(doc);
    this.order = [];
  }

  private drop(doc: number): void {
    this.in[doc] = 0;
    this.score[doc] = 0;
    this.words.fill(0, doc * this.wordsPerDoc, (doc + 1) * this.wordsPerDoc);
  }

  quality(doc: number): number {
    let n = 0;
    for (let i = 0; i < this.wordsPerDoc; i++) {
      let x = this.words[doc * this.wordsPerDoc + i];
      while (x !== 0) {
        x &= x - 1;
        n++;
      }
    }
    return n || 1;
  }
}

/** Runs `query` like MiniSearch's search(query, options) would, and returns its results best first, lazily. `keep`
 * leaves documents out before any ordering (cheap checks on many documents, such as phrase signatures). */
export function rank(source: RankSource, settings: RankSettings, query: Query, options: SearchOptions = {}, keep?: (doc: number) => boolean): Ranking {
  return new Ranking(source, settings, query, options, keep);
}

/** How a (sub)query combined, kept to tell which matched terms count for a document (MiniSearch's `match`). */
type Trace = { op: string; parts: Trace[] } | { derived: { term: string; docs: Map<number, number>[] }[] };

export class Ranking {
  private readonly wordIds = new Map<string, number>();
  private readonly trace: Trace;
  private readonly matches: Matches;
  private readonly finalScore: Float64Array;
  private readonly heap: Int32Array; // positions in matches.order
  private heapSize: number;

  constructor(private readonly source: RankSource, private readonly settings: RankSettings, query: Query, options: SearchOptions, keep?: (doc: number) => boolean) {
    this.collectWords(query, { ...options } as Options);
    const wordsPerDoc = Math.max(1, Math.ceil(this.wordIds.size / 32));
    const traced = this.evaluate(query, options as Options, wordsPerDoc);
    this.matches = traced.matches;
    this.trace = traced.trace;
    const order = this.matches.order;
    this.finalScore = new Float64Array(order.length);
    this.heap = new Int32Array(order.length);
    let n = 0;
    for (let p = 0; p < order.length; p++) {
      if (keep && !keep(order[p])) continue;
      this.finalScore[p] = this.matches.score[order[p]] * this.matches.quality(order[p]);
      this.heap[n++] = p;
    }
    this.heapSize = n;
    for (let i = (this.heapSize >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  /** How many documents matched (before any filter). */
  get count(): number {
    return this.matches.order.length;
  }

  /** The next best document that `accept` takes (by id), or undefined when none is left. */
  next(accept?: (id: string) => boolean): RankedDoc | undefined {
    while (this.heapSize > 0) {
      const p = this.heap[0];
      this.heap[0] = this.heap[--this.heapSize];
      this.siftDown(0);
      const doc = this.matches.order[p];
      const id = this.source.idOf(doc);
      if (id === undefined || (accept && !accept(id))) continue;
      return { doc, id, score: this.finalScore[p] };
    }
    return undefined;
  }

  /** Up to `limit` documents, best first. */
  take(limit: number, accept?: (id: string) => boolean): RankedDoc[] {
    const out: RankedDoc[] = [];
    while (out.length < limit) {
      const r = this.next(accept);
      if (!r) break;
      out.push(r);
    }
    return out;
  }

  /** Indexed terms the query matched in a document (exact, completed or corrected), for marking them: those of the
   * query parts the document is in, as MiniSearch merges them (an AND part the document failed adds nothing). */
  termsOf(doc: number): string[] {
    return [...(this.collect(this.trace, doc) ?? [])];
  }

  private collect(t: Trace, doc: number): Set<string> | null {
    if ('derived' in t) {
      const found = new Set<string>();
      for (const { term, docs } of t.derived) if (docs.some((d) => d.has(doc))) found.add(term);
      return found.size > 0 ? found : null;
    }
    let out: Set<string> | null = null;
    for (const part of t.parts) {
      const found = this.collect(part, doc);
      if (!found) {
        if (t.op === 'and') return null;
        continue;
      }
      out ??= new Set();
      for (const term of found) out.add(term);
    }
    return t.parts.length > 0 ? out : null;
  }

  /** Better first: higher score, then earlier first match (MiniSearch sorts stably by score). */
  private before(a: number, b: number): boolean {
    const fa = this.finalScore[a];
    const fb = this.finalScore[b];
    return fa > fb || (fa === fb && a < b);
  }

  private siftDown(i: number): void {
    const h = this.heap;
    const n = this.heapSize;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) return;
      let best = l;
      if (l + 1 < n && this.before(h[l + 1], h[l])) best = l + 1;
      if (!this.before(h[best], h[i])) return;
      [h[i], h[best]] = [h[best], h[i]];
      i = best;
    }
  }

  private leafTerms(text: string, options: Options): string[] {
    const tokenize = options.tokenize ?? this.settings.tokenize;
    const process = options.processTerm;
    const terms: string[] = [];
    for (const t of tokenize(text)) {
      const p = process ? process(t) : t;
      for (const x of Array.isArray(p) ? p : [p]) if (x) terms.push(x);
    }
    return terms;
  }

  private collectWords(query: Query, inherited: Options): void {
    if (typeof query === 'string') {
      const options = { ...this.settings.searchOptions, ...inherited } as Options;
      for (const t of this.leafTerms(query, options)) if (!this.wordIds.has(t)) this.wordIds.set(t, this.wordIds.size);
      return;
    }
    if (typeof query !== 'object' || !query || !('queries' in query)) throw new Error('ranking: the wildcard query is not supported');
    const options = { ...inherited, ...query, queries: undefined } as Options;
    for (const q of query.queries) this.collectWords(q, options);
  }

  private evaluate(query: Query, inherited: Options, wordsPerDoc: number): { matches: Matches; trace: Trace } {
    const combineWith = (o: Options) => (o.combineWith ?? 'OR').toLowerCase();
    if (typeof query !== 'string') {
      const options = { ...inherited, ...(query as object), queries: undefined } as Options;
      const parts = (query as { queries: Query[] }).queries.map((q) => this.evaluate(q, options, wordsPerDoc));
      const op = combineWith(options);
      return { matches: this.combine(parts.map((p) => p.matches), op, wordsPerDoc), trace: { op, parts: parts.map((p) => p.trace) } };
    }
    const options = { ...this.settings.searchOptions, ...inherited } as Options;
    const terms = this.leafTerms(query, options);
    const op = combineWith(options);
    const total = new Matches(this.source.capacity, wordsPerDoc);
    const trace: Trace = { op, parts: [] };
    if (terms.length === 0) return { matches: total, trace };
    const scratch = terms.length > 1 ? new Matches(this.source.capacity, wordsPerDoc) : total;
    terms.forEach((term, i) => {
      const into = i === 0 ? total : scratch;
      trace.parts.push(this.termInto(into, term, i, terms, options));
      if (i === 0) return;
      this.merge(total, scratch, op);
      scratch.clear();
    });
    return { matches: total, trace };
  }

  private combine(parts: Matches[], op: string, wordsPerDoc: number): Matches {
    if (parts.length === 0) return new Matches(this.source.capacity, wordsPerDoc);
    for (let i = 1; i < parts.length; i++) this.merge(parts[0], parts[i], op);
    return parts[0];
  }

  private merge(into: Matches, other: Matches, op: string): void {
    if (op === 'or') into.or(other);
    else if (op === 'and') into.and(other);
    else throw new Error(`ranking: combineWith ${op} is not supported`);
  }

  /** One query word: its exact term, then completions, then corrections, as MiniSearch's executeQuerySpec. */
  private termInto(into: Matches, term: string, i: number, terms: string[], options: Options): Trace {
    const fuzzyOpt = typeof options.fuzzy === 'function' ? options.fuzzy(term, i, terms) : (options.fuzzy || false);
    const prefix = typeof options.prefix === 'function' ? options.prefix(term, i, terms) : options.prefix === true;
    if (options.boostTerm || options.boostDocument) throw new Error('ranking: boostTerm and boostDocument are not supported');
    const fields = options.fields ?? this.settings.fields;
    const boosts = fields.map((f) => (Object.prototype.hasOwnProperty.call(options.boost ?? {}, f) ? options.boost![f] : 0) || 1);
    const weights = { ...WEIGHTS, ...options.weights };
    const bm25 = options.bm25 ?? BM25;
    const word = this.wordIds.get(term)!;
    const derived: { term: string; docs: Map<number, number>[] }[] = [];
    const scoreTerm = (t: string, weight: number, data: FieldTermData | undefined) => {
      if (!data) return;
      const docs = fields.map((f) => data.get(this.source.fieldIds[f])).filter((d): d is Map<number, number> => !!d);
      if (docs.length > 0) derived.push({ term: t, docs });
      this.termResults(into, word, weight, data, fields, boosts, bm25);
    };
    scoreTerm(term, 1, this.source.postings(term));
    let fuzzy: Map<string, [FieldTermData, number]> | undefined;
    if (fuzzyOpt) {
      const f = fuzzyOpt === true ? 0.2 : fuzzyOpt;
      const maxDistance = f < 1 ? Math.min(options.maxFuzzy ?? MAX_FUZZY, Math.round(term.length * f)) : f;
      if (maxDistance) fuzzy = this.source.similar(term, maxDistance);
    }
    if (prefix) {
      for (const [t, data] of this.source.prefixed(term)) {
        const distance = t.length - term.length;
        if (!distance) continue;
        fuzzy?.delete(t);
        scoreTerm(t, (weights.prefix * t.length) / (t.length + 0.3 * distance), data);
      }
    }
    if (fuzzy) {
      for (const [t, [data, distance]] of fuzzy) {
        if (!distance) continue;
        scoreTerm(t, (weights.fuzzy * t.length) / (t.length + distance), data);
      }
    }
    return { derived };
  }

  /** BM25 of one term in each field, added per document (MiniSearch's termResults, same operations in the same order).
   * Postings of removed documents are skipped and not counted; MiniSearch's own first search after a removal counts
   * them down as it meets them (so its scores differ until its postings are clean, then agree again). */
  private termResults(into: Matches, word: number, weight: number, data: FieldTermData, fields: readonly string[], boosts: number[], bm25: { k: number; b: number; d: number }): void {
    const { k, b, d } = bm25;
    const src = this.source;
    for (let f = 0; f < fields.length; f++) {
      const fieldId = src.fieldIds[fields[f]];
      const docs = data.get(fieldId);
      if (!docs) continue;
      let matching = docs.size;
      if (src.stale) for (const doc of docs.keys()) if (!src.fieldLength(doc)) matching--;
      const avg = src.avgFieldLength[fieldId];
      const idf = Math.log(1 + (src.documentCount - matching + 0.5) / (matching + 0.5));
      const w = weight * 1 * boosts[f]; // termWeight * termBoost * fieldBoost
      for (const [doc, tf] of docs) {
        const lengths = src.fieldLength(doc);
        if (!lengths) continue;
        const raw = idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * lengths[fieldId]) / avg)));
        into.add(doc, w * 1 * raw, word); // * docBoost
      }
    }
  }
}
