// Whole-text alignment: dense DP for ordinary sizes, exact-sentence anchors first for very long texts, then a cheap
// pass that pairs leftover sentences which moved.

import { diffArrays } from 'diff';
import { alignDense, sharedWeights, type AlignOp, type SequenceOptions } from './sequence';
import type { Unit } from './units';

export interface UnitAlignOptions extends SequenceOptions {
  /** Least similarity for pairing a passage that moved out of order (default 0.6; Infinity turns it off). */
  minMovedSimilarity?: number;
  /** Largest a.length x b.length aligned by dense DP in one piece (default MAX_DENSE_CELLS). */
  maxDenseCells?: number;
}

/** Above this many sentence pairs (~25 MB of DP tables) exact-match anchors split the work first. */
export const MAX_DENSE_CELLS = 1_000_000;

/** Aligns two texts' units in order, then pairs the leftovers that moved. */
export function alignUnits(a: Unit[], b: Unit[], w: Float64Array, options: UnitAlignOptions = {}): AlignOp[] {
  const limit = options.maxDenseCells ?? MAX_DENSE_CELLS;
  const ops = a.length * b.length <= limit ? alignDense(a, b, w, options) : alignAnchored(a, b, w, limit, options);
  pairMovedUnits(ops, a, b, w, options.minMovedSimilarity ?? 0.6, Math.max(limit, MAX_DENSE_CELLS));
  return ops;
}

/** Sentences equal word for word (jsdiff over their keys) anchor the alignment; the gaps between get the dense DP. */
function alignAnchored(a: Unit[], b: Unit[], w: Float64Array, limit: number, options: SequenceOptions): AlignOp[] {
  const key = (u: Unit) => u.tokens.map((t) => t.key).join(' ');
  const ops: AlignOp[] = [];
  let i = 0;
  let j = 0;
  let gapA = 0;
  let gapB = 0;
  const flushGap = () => {
    const ga = a.slice(i - gapA, i);
    const gb = b.slice(j - gapB, j);
    const local = ga.length * gb.length <= limit ? alignDense(ga, gb, w, options) : [
      ...ga.map((_, k): AlignOp => ({ kind: 'only-a', i: k })),
      ...gb.map((_, k): AlignOp => ({ kind: 'only-b', j: k })),
    ];
    for (const op of local) ops.push(shift(op, i - gapA, j - gapB));
    gapA = gapB = 0;
  };
  for (const change of diffArrays(a.map(key), b.map(key))) {
    if (change.removed) {
      i += change.count;
      gapA += change.count;
    } else if (change.added) {
      j += change.count;
      gapB += change.count;
    } else {
      flushGap();
      for (let k = 0; k < change.count; k++) ops.push({ kind: 'match', i: i++, p: 1, j: j++, q: 1, sim: 1, moved: false });
    }
  }
  flushGap();
  return ops;
}

function shift(op: AlignOp, di: number, dj: number): AlignOp {
  if (op.kind === 'only-a') return { kind: 'only-a', i: op.i + di };
  if (op.kind === 'only-b') return { kind: 'only-b', j: op.j + dj };
  return { ...op, i: op.i + di, j: op.j + dj };
}

/** Pairs leftover A and B units that are clearly the same sentence out of order; greedy, best pairs first. */
function pairMovedUnits(ops: AlignOp[], a: Unit[], b: Unit[], w: Float64Array, minSim: number, limit: number): void {
  if (!(minSim <= 1)) return;
  const leftA: number[] = [];
  const leftB: number[] = [];
  for (const op of ops) {
    if (op.kind === 'only-a') leftA.push(op.i);
    else if (op.kind === 'only-b') leftB.push(op.j);
  }
  if (leftA.length === 0 || leftB.length === 0 || leftA.length * leftB.length > limit) return;
  const ua = leftA.map((i) => a[i]);
  const ub = leftB.map((j) => b[j]);
  const shared = sharedWeights(ua, ub, w);
  const weight = (u: Unit) => u.ids.reduce((s, id) => s + w[id], 0);
  const wa = ua.map(weight);
  const wb = ub.map(weight);
  const pairs: [number, number, number][] = [];
  for (let x = 0; x < ua.length; x++) {
    for (let y = 0; y < ub.length; y++) {
      const s = shared[x * ub.length + y];
      const sim = s > 0 ? s / (wa[x] + wb[y] - s) : 0;
      if (sim >= minSim) pairs.push([sim, leftA[x], leftB[y]]);
    }
  }
  if (pairs.length === 0) return;
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const partnerOfA = new Map<number, [number, number]>();
  const usedB = new Set<number>();
  for (const [sim, i, j] of pairs) {
    if (partnerOfA.has(i) || usedB.has(j)) continue;
    usedB.add(j);
    partnerOfA.set(i, [j, sim]);
  }
  for (let k = ops.length - 1; k >= 0; k--) {
    const op = ops[k];
    if (op.kind === 'only-b' && usedB.has(op.j)) ops.splice(k, 1);
    else if (op.kind === 'only-a' && partnerOfA.has(op.i)) {
      const [j, sim] = partnerOfA.get(op.i)!;
      ops[k] = { kind: 'match', i: op.i, p: 1, j, q: 1, sim, moved: true };
    }
  }
}
