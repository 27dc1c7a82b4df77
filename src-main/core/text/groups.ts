// Spans of the clean text covered by groups of source blocks (PDF pages, EPUB chapters), from paragraph origins.

import type { Span } from '../../shared/model';

/**
 * `groupCount` spans: group g covers its paragraphs from the start of the first to the end of the last. A group with
 * no paragraph left after cleaning gets an empty span at the position where its text would have been.
 * `groupOfBlock[i]` is the group of input block i; `origins[p]` the input block of paragraph p (from cleanBlocks).
 */
export function groupSpans(paragraphs: Span[], origins: number[], groupOfBlock: number[], groupCount: number): Span[] {
  const out: (Span | null)[] = Array.from({ length: groupCount }, () => null);
  paragraphs.forEach(([start, end], p) => {
    const g = groupOfBlock[origins[p]];
    const cur = out[g];
    out[g] = cur ? [cur[0], end] : [start, end];
  });
  let at = 0;
  return out.map((span) => {
    if (span) {
      at = span[1];
      return span;
    }
    return [at, at];
  });
}
