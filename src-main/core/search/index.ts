// Full-text search over a notebook (articles, notes, highlights, figures) on MiniSearch: BM25 ranking, prefix and
// typo-tolerant words, verified "phrases", filters, snippets with marks, incremental updates and a persisted form.
//
// Why MiniSearch 7.2 over FlexSearch 0.8 (measured at 10,000 synthetic articles, scripts/bench/search.bench.ts): it has
// true edit-distance typo tolerance ("defectoin" finds "defection"; FlexSearch's encoders found nothing), BM25 ranking
// with field boosts, query trees, lazy removal (discard) and a serialised index a quarter of FlexSearch's (29 MB vs
// 114 MB with prefix tokenising), built and loaded faster. FlexSearch answers common single words faster (it keeps
// pre-ranked lists), which is why queries here plan around very common words (see plan.ts).
// One document per article, not per paragraph: 26x fewer documents (264k paragraphs made every query slower and the
// index 2.7x larger); the passage a hit lands on is found afterwards, for the hits shown only.

import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { Span } from '../../shared/model';
import { hasFilters, passesFilters } from './filters';
import { boundedCompletions, planQuery } from './plan';
import { parseQuery, type ParsedQuery } from './query';
import { bestPassage, findHits, findPhrase, makeSnippet } from './snippet';
import { fold, indexTerms } from './terms';
import type { SearchDoc, SearchHit, SearchKind, SearchOptions } from './types';

export type { SearchDoc, SearchFilters, SearchHit, SearchKind, SearchOptions } from './types';
export { articleToDocs, figureToDoc, highlightToDoc, noteToDoc } from './docs';

/** Bump when tokenising, fields or the persisted shape change: a stored index of another version is rebuilt. */
export const SEARCH_INDEX_VERSION = 1;
const FORMAT = 'quire-search-index';
const KINDS: SearchKind[] = ['article', 'note', 'highlight', 'figure'];

/** Thrown by `SearchIndex.load` when the stored index is from another version or is not an index at all. */
export class SearchIndexFormatError extends Error {
  name = 'SearchIndexFormatError';
}

interface Persisted { format: typeof FORMAT; version: number; docs: SearchDoc[]; counts: [string, number][]; index: unknown }

const keyOf = (kind: SearchKind, id: string) => `${kind}:${id}`;
const FIELDS = ['title', 'text', 'meta'] as const;
type Field = (typeof FIELDS)[number];

function fieldText(doc: SearchDoc, field: Field): string {
  if (field === 'title') return doc.kind === 'highlight' ? '' : doc.title; // a highlight's title is its article's
  if (field === 'meta') return [doc.outlet ?? '', ...(doc.tags ?? [])].join(' ');
  return doc.text;
}

/** MiniSearch options; indexing counts every term in `counts` (known words skip typo expansion, common ones ranking). */
function miniOptions(counts: Map<string, number>): Options<SearchDoc> {
  return {
    idField: 'key',
    fields: [...FIELDS],
    storeFields: [],
    extractField: (doc, field) => (field === 'key' ? keyOf(doc.kind, doc.id) : fieldText(doc, field as Field)),
    tokenize: indexTerms, // folds case and accents, drops stop words
    processTerm: (term) => {
      counts.set(term, (counts.get(term) ?? 0) + 1);
      return term;
    },
    searchOptions: { boost: { title: 3, meta: 1.5 }, weights: { fuzzy: 0.4, prefix: 0.6 }, processTerm: (term) => term },
  };
}

export class SearchIndex {
  private counts = new Map<string, number>(); // occurrences of every indexed term in the documents now in the index
  private mini = new MiniSearch<SearchDoc>(miniOptions(this.counts));
  private docs = new Map<string, SearchDoc>();
  private sortedTerms: string[] | null = null; // indexed words in order, for completing a word being typed

  get size(): number {
    return this.docs.size;
  }

  /** Adds documents; a document whose kind and id are already indexed replaces the old one. */
  add(docs: SearchDoc[]): void {
    const fresh: SearchDoc[] = [];
    const batch = new Map<string, SearchDoc>();
    for (const d of docs) batch.set(keyOf(d.kind, d.id), d);
    for (const [key, d] of batch) {
      if (this.docs.has(key)) this.drop(key);
      this.docs.set(key, d);
      fresh.push(d);
    }
    this.mini.addAll(fresh);
    this.sortedTerms = null;
  }

  /** Removes the documents with these ids, whatever their kind. Unknown ids are ignored. */
  remove(ids: string[]): void {
    for (const id of ids) {
      for (const kind of KINDS) {
        const key = keyOf(kind, id);
        if (this.docs.has(key)) this.drop(key);
      }
    }
  }

  /** Removes one document by kind and id; false when it was not indexed. */
  delete(kind: SearchKind, id: string): boolean {
    const key = keyOf(kind, id);
    if (!this.docs.has(key)) return false;
    this.drop(key);
    return true;
  }

  private drop(key: string): void {
    const doc = this.docs.get(key)!;
    for (const field of FIELDS) {
      for (const term of indexTerms(fieldText(doc, field))) {
        const n = (this.counts.get(term) ?? 0) - 1;
        if (n > 0) this.counts.set(term, n);
        else this.counts.delete(term);
      }
    }
    this.docs.delete(key);
    this.mini.discard(key);
    this.sortedTerms = null;
  }

  /** Replaces documents by kind and id (adds those not yet indexed). */
  replace(docs: SearchDoc[]): void {
    this.add(docs);
  }

  search(q: string, opts: SearchOptions = {}): SearchHit[] {
    const limit = opts.limit ?? 20;
    const parsed = parseQuery(q);
    const plan = planQuery(parsed, this.counts, this.mini.documentCount, (p) => this.completions(p));
    if (!plan || limit <= 0) return [];
    const filters = opts.filters;
    const filter = hasFilters(filters) ? (r: SearchResult) => passesFilters(this.docs.get(r.id)!, filters) : undefined;
    const hits: SearchHit[] = [];
    for (const r of this.mini.search(plan.query, { ...plan.options, filter })) {
      const doc = this.docs.get(r.id);
      if (!doc || !hasPhrases(doc, parsed)) continue;
      hits.push(toHit(doc, r, parsed, plan.markOnly));
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /** Words completing `prefix` (folded), most frequent first, bounded so that their postings stay about one
   * document list long: a two-letter prefix must not walk every word it begins. */
  completions(prefix: string): string[] {
    const terms = (this.sortedTerms ??= [...this.counts.keys()].sort());
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: [string, number][] = [];
    for (let i = lo; i < terms.length && terms[i].startsWith(prefix); i++) found.push([terms[i], this.counts.get(terms[i]) ?? 0]);
    return boundedCompletions(found, Math.max(50, this.mini.documentCount));
  }

  /** Indexed words that start with the last word of `prefix` (folded), the most frequent first. */
  suggest(prefix: string, limit = 10): string[] {
    const last = fold(prefix.trim().split(/\s+/).pop() ?? '');
    if (!last) return [];
    const found: [string, number][] = [];
    for (const [term, n] of this.counts) if (term.startsWith(last)) found.push([term, n]);
    return found.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([t]) => t);
  }

  toJSON(): unknown {
    const out: Persisted = { format: FORMAT, version: SEARCH_INDEX_VERSION, docs: [...this.docs.values()],
      counts: [...this.counts], index: this.mini.toJSON() };
    return out;
  }

  /** Restores an index saved with `toJSON()`; throws SearchIndexFormatError if it must be rebuilt instead. */
  static load(json: unknown): SearchIndex {
    if (!SearchIndex.isCurrent(json)) throw new SearchIndexFormatError('search index is missing, damaged or of another version');
    const p = json as Persisted;
    const index = new SearchIndex();
    index.mini = MiniSearch.loadJS(p.index as Parameters<typeof MiniSearch.loadJS>[0], miniOptions(index.counts));
    index.counts.clear(); // loadJS does not call processTerm, but be sure the counts are the saved ones
    for (const [term, n] of p.counts) index.counts.set(term, n);
    for (const d of p.docs) index.docs.set(keyOf(d.kind, d.id), d);
    return index;
  }

  /** True when `json` is a saved index this version can load. */
  static isCurrent(json: unknown): boolean {
    const p = json as Partial<Persisted> | null;
    return !!p && typeof p === 'object' && p.format === FORMAT && p.version === SEARCH_INDEX_VERSION
      && Array.isArray(p.docs) && Array.isArray(p.counts) && !!p.index && typeof p.index === 'object';
  }

  static fromDocs(docs: SearchDoc[]): SearchIndex {
    const index = new SearchIndex();
    index.add(docs);
    return index;
  }
}

function hasPhrases(doc: SearchDoc, p: ParsedQuery): boolean {
  const title = doc.kind === 'highlight' ? '' : doc.title;
  return p.phrases.every((ph) => findPhrase(doc.text, ph).length > 0 || findPhrase(title, ph).length > 0);
}

function toHit(doc: SearchDoc, r: SearchResult, p: ParsedQuery, markOnly: string[]): SearchHit {
  const terms = new Set([...r.terms, ...markOnly]);
  const hits = findHits(doc.text, terms, p.phrases);
  const passage = bestPassage(doc.text, hits, doc.paragraphs);
  const { snippet, marks } = makeSnippet(doc.text, passage, hits);
  const hit: SearchHit = { kind: doc.kind, id: doc.id, title: doc.title, snippet, marks, score: round(r.score) };
  if (doc.articleId) hit.articleId = doc.articleId;
  const titleMarks = doc.kind === 'highlight' ? [] : findHits(doc.title, terms, p.phrases);
  if (titleMarks.length > 0) hit.titleMarks = titleMarks;
  const located = locate(doc, passage);
  if (located) [hit.start, hit.end] = located;
  return hit;
}

/** Article offsets a hit lands on: the passage for articles, the quote for highlights. */
function locate(doc: SearchDoc, passage: Span): Span | null {
  if (doc.kind === 'article') return [(doc.start ?? 0) + passage[0], (doc.start ?? 0) + passage[1]];
  if (doc.start !== undefined) return [doc.start, doc.end ?? doc.start + doc.text.length];
  return null;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
