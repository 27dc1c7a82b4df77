// Splits a plain-text snippet into plain and marked pieces, for rendering hits with <mark> (never as HTML).

import type { Span } from '../../../src-main/shared/model';

export interface Piece {
  text: string;
  marked: boolean;
}

/** Pieces of `text` in order; marks are sorted, clipped to the text, and overlapping ones merged. */
export function markPieces(text: string, marks: readonly Span[] = []): Piece[] {
  const sorted = marks
    .map(([s, e]): Span => [Math.max(0, s), Math.min(text.length, e)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const pieces: Piece[] = [];
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    if (from > at) pieces.push({ text: text.slice(at, from), marked: false });
    const last = pieces[pieces.length - 1];
    if (last?.marked && from === at) last.text += text.slice(from, e); // touching marks read as one
    else pieces.push({ text: text.slice(from, e), marked: true });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
