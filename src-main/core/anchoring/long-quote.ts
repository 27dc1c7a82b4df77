// Anchoring quotes longer than LONG_QUOTE: find the head, then the tail near where the quote should end, then verify.

import { matchQuote } from './match-quote';
import { containedSimilarity, scoreMatch, type QuoteQuery, type ScoredMatch } from './score';

/** How many characters of each end of a long quote are searched for. */
const PART = 96;
/** How many head candidates are followed to their tails. */
const HEADS_TRIED = 5;

/** Scored candidates for a long quote, best first (folded coordinates). */
export function matchLongQuote(text: string, q: QuoteQuery): ScoredMatch[] {
  const { quote } = q;
  const head = quote.slice(0, PART);
  const tail = quote.slice(-PART);
  const slack = Math.floor(quote.length / 4); // how much longer or shorter the passage may have become
  const heads = matchQuote(text, { quote: head, prefix: q.prefix, suffix: quote.slice(PART, PART + 32), hint: q.hint });
  const out: ScoredMatch[] = [];
  for (const h of heads.slice(0, HEADS_TRIED)) {
    const expectedEnd = h.start + quote.length;
    const from = Math.max(h.end, expectedEnd - slack - PART);
    const to = Math.min(text.length, expectedEnd + slack);
    if (to - from < PART / 2) continue;
    const tails = matchQuote(text.slice(from, to), {
      quote: tail,
      prefix: quote.slice(-PART - 32, -PART),
      suffix: q.suffix,
      hint: expectedEnd - PART - from,
    });
    if (tails.length === 0) continue;
    const start = h.start;
    const end = from + tails[0].end;
    const errors = Math.round((1 - containedSimilarity(text.slice(start, end), quote)) * quote.length);
    out.push(scoreMatch(text, q, start, end, errors));
  }
  return out.sort((a, b) => b.score - a.score || a.start - b.start);
}
