// Re-anchoring a highlight's selectors in (possibly changed) text: exact position, else fuzzy search, else orphan.

import type { AnchorStatus, Selector } from '../../shared/model';
import { matchLongQuote } from './long-quote';
import { LONG_QUOTE, matchQuote } from './match-quote';
import { foldString, foldText, toFoldedOffset, toOriginalRange, type FoldedText } from './normalize';
import type { ScoredMatch } from './score';
import { positionSelector, quoteSelector } from './selectors';

/** Where a target landed, with a confidence in 0..1 (1: the quote, its context and its place are unchanged). */
export type AnchorResult = { start: number; end: number; score: number } | { orphan: true; score: number };

/** Below this weighted score a target is an orphan. */
export const ORPHAN_THRESHOLD = 0.6;
/** Below this similarity of the quote itself (1 - edits / length) a target is an orphan whatever its context. */
export const MIN_QUOTE_SIMILARITY = 0.75;

/** How much of one side of the context must agree to accept an edited quote, or one of several exact copies. */
export const MIN_CONTEXT_SIMILARITY = 0.5;

/** A text prepared once for anchoring many targets (folding costs a pass over the text). */
export interface AnchorText {
  folded: FoldedText;
}

export function prepareText(text: string): AnchorText {
  return { folded: foldText(text) };
}

/** Anchors one target (selectors from `describe`, or any with a quote and/or a position) in `text`. */
export function anchor(text: string | AnchorText, selectors: readonly Selector[]): AnchorResult {
  const prepared = typeof text === 'string' ? prepareText(text) : text;
  const original = prepared.folded.original;
  const quote = quoteSelector(selectors);
  const position = positionSelector(selectors);
  const positionFits = position !== undefined && position.start >= 0 && position.start <= position.end && position.end <= original.length;

  if (!quote) {
    // Nothing to check the position against: trust it if it fits the text.
    return positionFits ? { start: position!.start, end: position!.end, score: 1 } : { orphan: true, score: 0 };
  }
  if (positionFits && isExactlyInPlace(original, quote.exact, quote.prefix, quote.suffix, position!.start, position!.end)) {
    return { start: position!.start, end: position!.end, score: 1 };
  }

  const ft = prepared.folded;
  const query = {
    quote: foldString(quote.exact),
    prefix: foldString(quote.prefix),
    suffix: foldString(quote.suffix),
    hint: position ? toFoldedOffset(ft, Math.min(Math.max(0, position.start), original.length)) : undefined,
  };
  if (query.quote.length === 0) return { orphan: true, score: 0 };
  const candidates = query.quote.length > LONG_QUOTE ? matchLongQuote(ft.folded, query) : matchQuote(ft.folded, query);
  const best = bestAcceptable(candidates, query.prefix.length + query.suffix.length > 0);
  if (!best) return { orphan: true, score: round(candidates[0]?.score ?? 0) };
  const [start, end] = toOriginalRange(ft, best.start, best.end);
  return { start, end, score: round(best.score) };
}

/** Anchors each target in the same text: the `quire anchor` command's output. */
export function anchorMany(text: string, targets: readonly (readonly Selector[])[]): AnchorResult[] {
  const prepared = prepareText(text);
  return targets.map((t) => anchor(prepared, t));
}

/** The stored status of an anchoring result: ok only when nothing at all moved or changed. */
export function anchorStatus(result: AnchorResult): AnchorStatus {
  if ('orphan' in result) return { state: 'orphan', score: result.score };
  return result.score === 1 ? { state: 'ok' } : { state: 'fuzzy', score: result.score };
}

function isExactlyInPlace(text: string, exact: string, prefix: string, suffix: string, start: number, end: number): boolean {
  return (
    text.slice(start, end) === exact &&
    text.slice(Math.max(0, start - prefix.length), start) === prefix &&
    text.slice(end, end + suffix.length) === suffix
  );
}

/**
 * The best candidate there is enough evidence for. Beyond the two thresholds, a candidate needs one side of its
 * context to agree (>= MIN_CONTEXT_SIMILARITY) when the quote itself was edited, or when the exact quote occurs more
 * than once: an edited quote between two strange neighbours, or one of several copies with no context to choose by,
 * is a guess, and a guess must orphan rather than misplace.
 */
function bestAcceptable(candidates: ScoredMatch[], hasContext: boolean): ScoredMatch | undefined {
  const exactCopies = candidates.filter((c) => c.quoteScore === 1).length;
  return candidates.find((c) => {
    if (c.quoteScore < MIN_QUOTE_SIMILARITY || c.score < ORPHAN_THRESHOLD) return false;
    const needsContext = hasContext && (c.quoteScore < 1 || exactCopies > 1);
    return !needsContext || Math.max(c.prefixScore, c.suffixScore) >= MIN_CONTEXT_SIMILARITY;
  });
}

/** Scores are reported to 4 decimals, and never rounded up to a perfect 1. */
function round(score: number): number {
  const r = Math.round(score * 10000) / 10000;
  return r === 1 && score < 1 ? 0.9999 : r;
}
