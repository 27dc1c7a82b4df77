// Answering a query over an index, live or saved: plan it, rank the documents, check "phrases" (signature first, then
// the text), and make snippets for the hits shown. Texts are fetched for those candidates only, a batch at a time.

import type { Span } from '../../shared/model';
import { hasFilters, passesFilters } from './filters';
import { phraseTest } from './phrases';
import { planQuery, type TermCounts } from './plan';
import { parseQuery, type ParsedQuery } from './query';
import { rank, type RankedDoc, type RankSettings, type RankSource } from './ranking';
import { bestPassage, findHits, findPhrase, makeSnippet } from './snippet';
import type { SearchHit, SearchOptions, StoredDoc } from './types';

/** A document's text and paragraph spans, for phrase checks and snippets. */
export interface DocText {
  text: string;
  paragraphs?: Span[];
}

/** Where the text of a document comes from when the index does not hold it (articles: their stored bodies). */
export type TextSource = (doc: StoredDoc) => Promise<DocText | undefined>;

/** What answering needs from an index. */
export interface Answerable {
  readonly documentCount: number;
  readonly counts: TermCounts;
  completions(prefix: string): string[];
  rankSource(): RankSource;
  rankSettings(): RankSettings;
  doc(key: string): StoredDoc | undefined;
  /** Phrase signatures by short document id (undefined: unknown, the text decides). */
  signatures(): Promise<(doc: number) => Uint8Array | undefined>;
  text(doc: StoredDoc): Promise<DocText | undefined> | DocText | undefined;
}

export async function answer(ix: Answerable, q: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
  const limit = opts.limit ?? 20;
  const parsed = parseQuery(q);
  const plan = planQuery(parsed, ix.counts, ix.documentCount, (p) => ix.completions(p));
  if (!plan || limit <= 0) return [];
  const filters = opts.filters;
  const accept = hasFilters(filters) ? (key: string) => passesFilters(ix.doc(key)!, filters) : undefined;
  const phrased = parsed.phrases.length > 0;
  let keep: ((doc: number) => boolean) | undefined;
  if (phrased) {
    const signature = await ix.signatures();
    const test = phraseTest(parsed.phrases);
    keep = (doc) => test(signature(doc));
  }
  const ranking = rank(ix.rankSource(), ix.rankSettings(), plan.query, plan.options, keep);
  const hits: SearchHit[] = [];
  while (hits.length < limit) {
    const want = limit - hits.length;
    const batch: { r: RankedDoc; doc: StoredDoc }[] = [];
    while (batch.length < want) {
      const r = ranking.next(accept);
      if (!r) break;
      const doc = ix.doc(r.id);
      if (!doc) continue;
      batch.push({ r, doc });
    }
    if (batch.length === 0) break;
    const texts = await Promise.all(batch.map(({ doc }) => ix.text(doc)));
    batch.forEach(({ r, doc }, i) => {
      const body = texts[i];
      if (!body || (phrased && !hasPhrases(doc, body.text, parsed))) return;
      hits.push(toHit(doc, body, r.score, ranking.termsOf(r.doc), parsed, plan.markOnly));
    });
  }
  return hits;
}

function hasPhrases(doc: StoredDoc, text: string, p: ParsedQuery): boolean {
  const title = doc.kind === 'highlight' ? '' : doc.title;
  return p.phrases.every((ph) => findPhrase(text, ph).length > 0 || findPhrase(title, ph).length > 0);
}

function toHit(doc: StoredDoc, body: DocText, score: number, matched: string[], p: ParsedQuery, markOnly: string[]): SearchHit {
  const terms = new Set([...matched, ...markOnly]);
  const hits = findHits(body.text, terms, p.phrases);
  const passage = bestPassage(body.text, hits, body.paragraphs);
  const { snippet, marks } = makeSnippet(body.text, passage, hits);
  const hit: SearchHit = { kind: doc.kind, id: doc.id, title: doc.title, snippet, marks, score: round(score) };
  if (doc.articleId) hit.articleId = doc.articleId;
  const titleMarks = doc.kind === 'highlight' ? [] : findHits(doc.title, terms, p.phrases);
  if (titleMarks.length > 0) hit.titleMarks = titleMarks;
  const located = locate(doc, body, passage);
  if (located) [hit.start, hit.end] = located;
  return hit;
}

/** Article offsets a hit lands on: the passage for articles, the quote for highlights. */
function locate(doc: StoredDoc, body: DocText, passage: Span): Span | null {
  if (doc.kind === 'article') return [(doc.start ?? 0) + passage[0], (doc.start ?? 0) + passage[1]];
  if (doc.start !== undefined) return [doc.start, doc.end ?? doc.start + body.text.length];
  return null;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
