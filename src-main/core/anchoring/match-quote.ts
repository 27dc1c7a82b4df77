// Finding a quote in changed text: exact hits, then fuzzy candidates (global, near the old place, by context), ranked.

import approxSearch from 'approx-string-match';
import { scoreMatch, type QuoteQuery, type ScoredMatch } from './score';

/** Quotes longer than this are matched by their two ends (see long-quote.ts). */
export const LONG_QUOTE = 256;
/** No more exact occurrences than this are scored (a very common short quote). */
const MAX_EXACT = 400;
/** No more fuzzy candidates than this are scored per search. */
const MAX_FUZZY = 50;

/** Share of a quote's length that may be edited and still be found (just above what anchor.ts accepts). */
const SEARCH_ERROR_RATE = 0.3;
/** Half-width of the first, local search around the old position; the whole text is searched only if that fails. */
const LOCAL_RADIUS = 2000;

/** The error budget for a pattern: 30% of its length, at most 256 edits. */
export function maxErrorsFor(length: number): number {
  return Math.min(LONG_QUOTE, Math.floor(length * SEARCH_ERROR_RATE));
}

/**
 * Scored candidates for `q.quote` in `text` (both folded), best first; empty when nothing is within the budget.
 * Cheap searches first: exact hits anywhere, then fuzzy search near the old position; the whole text is searched
 * fuzzily only when those found nothing convincing.
 */
export function matchQuote(text: string, q: QuoteQuery): ScoredMatch[] {
  const { quote } = q;
  if (quote.length === 0) return [];
  const found = new Map<number, ScoredMatch>(); // keyed by start*(len+1)+end
  const add = (start: number, end: number, errors: number): ScoredMatch => {
    const key = start * (text.length + 1) + end;
    let m = found.get(key);
    if (!m) found.set(key, (m = scoreMatch(text, q, start, end, errors)));
    return m;
  };
  const ranked = () => withoutShadowed([...found.values()]).sort((a, b) => b.score - a.score || a.start - b.start);

  let exactCount = 0;
  const untouched: ScoredMatch[] = []; // the quote with its whole context: only position can tell copies apart
  for (let i = text.indexOf(quote); i >= 0 && exactCount < MAX_EXACT; i = text.indexOf(quote, i + 1), exactCount++) {
    const m = add(i, i + quote.length, 0);
    if (m.prefixScore === 1 && m.suffixScore === 1) untouched.push(m);
  }
  if (untouched.length) return untouched.sort((a, b) => b.score - a.score || a.start - b.start);

  const budget = maxErrorsFor(quote.length);
  const hasContext = q.prefix.length + q.suffix.length > 0;
  let local = false;
  if (q.hint !== undefined) {
    const from = Math.max(0, q.hint - LOCAL_RADIUS - quote.length);
    const to = Math.min(text.length, q.hint + LOCAL_RADIUS + 2 * quote.length);
    local = from === 0 && to === text.length;
    addFuzzy(text.slice(from, to), quote, budget, from, add);
    if (hasContext) addByContext(text.slice(from, to), from, q, budget, add);
    if (local || convincing(ranked()[0])) return ranked();
  }
  if (exactCount === 0) {
    addFuzzy(text, quote, budget, 0, add);
    if (convincing(ranked()[0])) return ranked();
  }
  if (hasContext) addByContext(text, 0, q, budget, add);
  return ranked();
}

/** Good enough to stop searching: a close quote with at least one side of its context in agreement. */
function convincing(m: ScoredMatch | undefined): boolean {
  return m !== undefined && m.score >= 0.8 && m.quoteScore >= 0.8 && Math.max(m.prefixScore, m.suffixScore) >= 0.75;
}

/** Drops fuzzy candidates that overlap an exact occurrence: the exact one explains that stretch of text better. */
function withoutShadowed(candidates: ScoredMatch[]): ScoredMatch[] {
  const exact = candidates.filter((c) => c.quoteScore === 1);
  if (exact.length === 0) return candidates;
  return candidates.filter((c) => c.quoteScore === 1 || !exact.some((x) => x.start < c.end && c.start < x.end));
}

type AddFn = (start: number, end: number, errors: number) => ScoredMatch;

/** Adds the lowest-error fuzzy matches of `quote` in `region` (which starts at `offset` of the text). */
function addFuzzy(region: string, quote: string, budget: number, offset: number, add: AddFn): void {
  const matches = approxSearch(region, quote, budget);
  for (const m of matches.slice(0, MAX_FUZZY)) add(offset + m.start, offset + m.end, m.errors);
}

/**
 * Finds the quote by its context in `region` (at `offset` of the text): searches prefix + quote + suffix as one pattern (this picks the right one of
 * several similar passages even when the quote itself was edited), then places the quote inside each hit.
 */
function addByContext(region: string, offset: number, q: QuoteQuery, budget: number, add: AddFn): void {
  const whole = q.prefix + q.quote + q.suffix;
  const hits = approxSearch(region, whole, maxErrorsFor(whole.length));
  for (const hit of hits.slice(0, MAX_FUZZY)) {
    const inner = approxSearch(region.slice(hit.start, hit.end), q.quote, budget);
    if (inner.length === 0) continue;
    // Of equally good placements, the one nearest where the prefix ends.
    const best = inner.reduce((a, b) => (Math.abs(b.start - q.prefix.length) < Math.abs(a.start - q.prefix.length) ? b : a));
    add(offset + hit.start + best.start, offset + hit.start + best.end, best.errors);
  }
}
