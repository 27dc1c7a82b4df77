// Query planning: which words go to the index and how (exact, prefix, typo-tolerant), and which are only marked.

import type { Query, SearchOptions } from 'minisearch';
import { typoBudget, type ParsedQuery } from './query';

/** Occurrence counts of indexed terms (a proxy for how many documents hold them). */
export type TermCounts = ReadonlyMap<string, number>;

export interface QueryPlan {
  query: Query;
  options: SearchOptions;
  markOnly: string[]; // words left out of the index lookup (too common to rank by) but still marked in snippets
}

/** A word occurring about as often as there are documents ranks nothing and costs a walk over every document. */
export function isCommon(term: string, counts: TermCounts, documentCount: number): boolean {
  return documentCount >= 50 && (counts.get(term) ?? 0) >= documentCount * 0.5;
}

/** Keeps the words that rank; when every word is common, keeps only the rarest (the others rank almost nothing). */
function rankingTerms(terms: string[], counts: TermCounts, documentCount: number): { keep: string[]; drop: string[] } {
  if (terms.length < 2) return { keep: terms, drop: [] };
  const keep = terms.filter((t) => !isCommon(t, counts, documentCount));
  if (keep.length > 0) return { keep, drop: terms.filter((t) => !keep.includes(t)) };
  const rarest = terms.reduce((a, b) => ((counts.get(b) ?? 0) < (counts.get(a) ?? 0) ? b : a));
  return { keep: [rarest], drop: terms.filter((t) => t !== rarest) };
}

/** Completions of a word being typed, the most useful first, already bounded in number and posting-list size. */
export type Completer = (prefix: string) => string[];

/** Picks completions by frequency until their occurrences reach `budget` (at least one, at most `max`). */
export function boundedCompletions(found: readonly [string, number][], budget: number, max = 12): string[] {
  const sorted = [...found].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const out: string[] = [];
  let total = 0;
  for (const [term, n] of sorted) {
    if (out.length >= max || (out.length > 0 && total + n > budget)) break;
    out.push(term);
    total += n;
  }
  return out;
}

/** Phrases: their rarer words are required and each candidate is checked word for word afterwards. Free words are
 * OR-ed, the last one a prefix while typing, and words the index has never seen are looked up with typos allowed (a
 * known word is taken as meant). A single part is passed flat: a one-branch query tree costs a copy of its results. */
export function planQuery(p: ParsedQuery, counts: TermCounts, documentCount: number, complete?: Completer): QueryPlan | null {
  const phrase = rankingTerms(p.phraseTerms, counts, documentCount);
  const free: { keep: string[]; drop: string[] } = p.words.length > 1 || p.phraseTerms.length > 0 ? rankingTerms(p.words, counts, documentCount) : { keep: p.words, drop: [] };
  const lastTyped = p.prefixLast && p.phrases.length === 0 ? p.words[p.words.length - 1] : undefined;
  if (lastTyped && !free.keep.includes(lastTyped)) free.keep.push(lastTyped); // an unfinished word is never dropped
  const markOnly = [...phrase.drop, ...free.drop.filter((t) => t !== lastTyped)];
  // An unfinished word stands for a bounded set of its completions, not every indexed word it begins.
  const completions = lastTyped && complete && lastTyped.length >= 2 ? complete(lastTyped) : [];
  if (completions.length > 0) {
    const others = free.keep.filter((t) => t !== lastTyped);
    free.keep = [...others, ...completions.filter((c) => !others.includes(c))];
  }
  const typedPrefix = completions.length > 0 ? undefined : lastTyped;
  const phraseOptions: SearchOptions = { combineWith: 'AND', prefix: false, fuzzy: false };
  const freeOptions: SearchOptions = {
    combineWith: 'OR',
    prefix: (t: string) => t === typedPrefix && t.length >= 2,
    fuzzy: (t: string) => (counts.has(t) ? 0 : typoBudget(t)),
  };
  const phraseQuery = phrase.keep.join(' ');
  const freeQuery = free.keep.join(' ');
  if (phraseQuery && freeQuery) {
    const query: Query = { combineWith: 'AND', queries: [{ queries: [phraseQuery], ...phraseOptions }, { queries: [freeQuery], ...freeOptions }] };
    return { query, options: {}, markOnly };
  }
  if (phraseQuery) return { query: phraseQuery, options: phraseOptions, markOnly };
  if (freeQuery) return { query: freeQuery, options: freeOptions, markOnly };
  return null;
}
