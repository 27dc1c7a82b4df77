// Cuts one side of a comparison into renderable pieces per paragraph: which passage each piece belongs to, and
// whether it is a word the other side words differently (a variant's inline mark).

import type { AlignedPassage, PassageKind } from '../../../src-main/shared/contract/compare';
import type { Span } from '../../../src-main/shared/model';

export type Side = 'a' | 'b';

/** A run of text inside a paragraph: passage index (or null outside every passage), its kind, and a mark flag. */
export interface Piece {
  start: number;
  end: number;
  passage: number | null;
  kind: PassageKind | null;
  mark: boolean;
  /** First piece of its passage on this side (where the pair number goes). */
  first: boolean;
}

interface Decoration {
  span: Span;
  passage: number;
  kind: PassageKind;
  marks: Span[];
}

/** This side's passages in text order, with the variant words of this side. */
export function decorations(passages: AlignedPassage[], side: Side): Decoration[] {
  const out: Decoration[] = [];
  passages.forEach((p, passage) => {
    const span = p[side];
    if (!span) return;
    const marks = (p.diff ?? []).filter((d) => d.kind === side).map((d) => d[side]!);
    out.push({ span, passage, kind: p.kind, marks });
  });
  return out.sort((x, y) => x.span[0] - y.span[0]);
}

/** The pieces of paragraph [ps, pe): every character in exactly one piece, in order. */
export function paragraphPieces([ps, pe]: Span, decos: Decoration[], seen: Set<number>): Piece[] {
  const pieces: Piece[] = [];
  let at = ps;
  const plain = (to: number) => {
    if (to > at) pieces.push({ start: at, end: to, passage: null, kind: null, mark: false, first: false });
    at = Math.max(at, to);
  };
  for (const d of decos) {
    const s = Math.max(d.span[0], ps);
    const e = Math.min(d.span[1], pe);
    if (e <= s || e <= at) continue;
    plain(s);
    let first = !seen.has(d.passage);
    seen.add(d.passage);
    const cuts = d.marks.filter(([ms, me]) => me > at && ms < e);
    for (const [ms, me] of cuts) {
      const x = Math.max(ms, at);
      if (x > at) pieces.push({ start: at, end: x, passage: d.passage, kind: d.kind, mark: false, first });
      if (x > at) first = false;
      const y = Math.min(me, e);
      pieces.push({ start: x, end: y, passage: d.passage, kind: d.kind, mark: true, first });
      first = false;
      at = y;
    }
    if (e > at) pieces.push({ start: at, end: e, passage: d.passage, kind: d.kind, mark: false, first });
    at = e;
  }
  plain(pe);
  return pieces;
}
