// Compare mode: aligns two texts passage by passage and classes each passage as same, variant, only-a or only-b.

import type { Span } from '../../shared/model';
import { alignUnits, type UnitAlignOptions } from './moves';
import type { AlignOp } from './sequence';
import { idfWeights } from './similarity';
import { textUnits, Vocabulary, type Unit } from './units';
import { diffWords, type WordDiff } from './word-diff';

export type PassageKind = 'same' | 'variant' | 'only-a' | 'only-b';

/** One aligned passage: a sentence (or a few adjacent ones) of A, of B, or of both. */
export interface AlignedPassage {
  a: Span | null;
  b: Span | null;
  kind: PassageKind;
  /** Share of words common to both sides, in order (2 x common / words of both); 0 for only-a/only-b. */
  similarity: number;
  /** Word-level differences, for variants only. */
  diff?: WordDiff[];
  /** True when B's passage sits elsewhere in B's order (a moved sentence). */
  moved?: boolean;
}

export interface Alignment {
  /** Share of the words of both texts that sit in aligned passages and agree word for word, 0..1. */
  similarity: number;
  /** A's passages in A's order, B-only passages inserted where they fall between aligned ones. */
  passages: AlignedPassage[];
}

export type AlignOptions = UnitAlignOptions;

/** Aligns `a` with `b` at sentence level (merging adjacent sentences where the two split them differently). */
export function alignTexts(a: string, b: string, options: AlignOptions = {}): Alignment {
  const vocab = new Vocabulary();
  const ua = textUnits(a, vocab);
  const ub = textUnits(b, vocab);
  const weights = idfWeights([ua, ub], vocab.size);
  const ops = alignUnits(ua, ub, weights, options);
  let common = 0;
  const passages = ops.map((op) => {
    const { passage, commonWords } = toPassage(op, ua, ub);
    common += commonWords;
    return passage;
  });
  const words = countWords(ua) + countWords(ub);
  return { similarity: words === 0 ? 1 : (2 * common) / words, passages };
}

function toPassage(op: AlignOp, ua: Unit[], ub: Unit[]): { passage: AlignedPassage; commonWords: number } {
  if (op.kind === 'only-a') return { passage: { a: ua[op.i].span, b: null, kind: 'only-a', similarity: 0 }, commonWords: 0 };
  if (op.kind === 'only-b') return { passage: { a: null, b: ub[op.j].span, kind: 'only-b', similarity: 0 }, commonWords: 0 };
  const ga = ua.slice(op.i, op.i + op.p);
  const gb = ub.slice(op.j, op.j + op.q);
  const ta = ga.flatMap((u) => u.tokens);
  const tb = gb.flatMap((u) => u.tokens);
  const span = (g: Unit[]): Span => [g[0].span[0], g[g.length - 1].span[1]];
  const { diff, common } = diffWords(ta, tb);
  const passage: AlignedPassage = {
    a: span(ga),
    b: span(gb),
    kind: common === ta.length && common === tb.length ? 'same' : 'variant',
    similarity: (2 * common) / (ta.length + tb.length),
  };
  if (passage.kind === 'variant') passage.diff = diff;
  if (op.moved) passage.moved = true;
  return { passage, commonWords: common };
}

function countWords(units: Unit[]): number {
  let n = 0;
  for (const u of units) n += u.tokens.length;
  return n;
}
