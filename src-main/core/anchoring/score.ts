// Scoring a candidate match for a quote: quote, prefix, suffix and position similarity, weighted like Hypothesis.

import approxSearch from 'approx-string-match';

/** Relative weights of the four signals (Hypothesis's recipe): the quote dominates, context decides ties. */
export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** What the search is looking for, in folded text coordinates. */
export interface QuoteQuery {
  quote: string;
  prefix: string;
  suffix: string;
  /** Where the quote used to start (folded offset in the new text), if known. */
  hint?: number;
}

/** A scored candidate, in folded text coordinates. */
export interface ScoredMatch {
  start: number;
  end: number;
  score: number; // 0..1, weighted
  quoteScore: number; // 0..1, 1 - errors / quote length
  prefixScore: number;
  suffixScore: number;
}

/** 1 - (fewest edits to find `pattern` inside `window`) / pattern length; 1 for an empty pattern. */
export function containedSimilarity(window: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (window.length === 0) return 0;
  if (window.includes(pattern)) return 1;
  const matches = approxSearch(window, pattern, pattern.length);
  const errors = matches.reduce((min, m) => Math.min(min, m.errors), pattern.length);
  return Math.max(0, 1 - errors / pattern.length);
}

/** Scores text[start, end) as the place of `q.quote`, given the edit count of the quote there. */
export function scoreMatch(text: string, q: QuoteQuery, start: number, end: number, errors: number): ScoredMatch {
  const quoteScore = q.quote.length ? Math.max(0, 1 - errors / q.quote.length) : 0;
  const prefixScore = containedSimilarity(text.slice(Math.max(0, start - q.prefix.length), start), q.prefix);
  const suffixScore = containedSimilarity(text.slice(end, end + q.suffix.length), q.suffix);
  const positionScore = q.hint === undefined || text.length === 0 ? 1 : Math.max(0, 1 - Math.abs(start - q.hint) / text.length);
  const weighted =
    WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore;
  return { start, end, score: weighted / TOTAL_WEIGHT, quoteScore, prefixScore, suffixScore };
}
