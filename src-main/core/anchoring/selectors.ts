// Building and reading W3C Web Annotation selectors (TextQuoteSelector + TextPositionSelector) over clean text.

import type { Selector, TextPositionSelector, TextQuoteSelector } from '../../shared/model';

/** How many characters of context `describe` keeps on each side of the quote. */
export const CONTEXT_LENGTH = 32;

/** The selectors for text[start, end): the quote with ~32 chars of context each side, and the position. */
export function describe(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`describe: range [${start}, ${end}) is outside a text of ${text.length} characters`);
  }
  const prefixStart = avoidSplitPair(text, Math.max(0, start - CONTEXT_LENGTH));
  const suffixEnd = avoidSplitPair(text, Math.min(text.length, end + CONTEXT_LENGTH));
  return [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** The first TextQuoteSelector of a target, if any. */
export function quoteSelector(target: readonly Selector[]): TextQuoteSelector | undefined {
  return target.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

/** The first TextPositionSelector of a target, if any. */
export function positionSelector(target: readonly Selector[]): TextPositionSelector | undefined {
  return target.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

/** Moves an offset off the middle of a UTF-16 surrogate pair (context must not hold half an emoji). */
function avoidSplitPair(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const code = text.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff ? offset + 1 : offset;
}
