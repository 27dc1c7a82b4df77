// Sentence spans of a whole article (paragraph by paragraph, so no sentence crosses a paragraph) and offset lookup.

import type { Span } from '../../shared/model';
import { splitSentences } from '../text/sentences';

/** Every sentence of `text`, in order; paragraphs are split on their own so a sentence never spans two. */
export function sentenceIndex(text: string, paragraphs: Span[]): Span[] {
  const blocks: Span[] = paragraphs.length ? paragraphs : [[0, text.length]];
  const out: Span[] = [];
  for (const [s, e] of blocks) for (const span of splitSentences(text, s, e)) out.push(span);
  return out;
}

/** Index of the span in `spans` (sorted, disjoint) that holds `offset`, else of the last span starting before it; -1 when none. */
export function spanAt(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
