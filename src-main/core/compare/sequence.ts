// Order-preserving alignment of two unit sequences: dynamic programming over 1:1, 1:n and n:1 sentence matches,
// then a cheap pass that pairs leftover sentences which moved.

import { setWeight, weightedJaccard } from './similarity';
import { unionIds, type Unit } from './units';

/** One step of an alignment: units a[i..i+p) matched to b[j..j+q), or a unit left on one side. */
export type AlignOp =
  | { kind: 'match'; i: number; p: number; j: number; q: number; sim: number; moved: boolean }
  | { kind: 'only-a'; i: number }
  | { kind: 'only-b'; j: number };

export interface SequenceOptions {
  /** Least weighted Jaccard for two passages to be aligned (default 0.45). */
  minSimilarity?: number;
  /** Least similarity for pairing a passage that moved out of order (default 0.6; Infinity turns it off). */
  minMovedSimilarity?: number;
}

/** The group shapes tried: [units of A, units of B]. Uneven ones absorb sentence splits that differ. */
const SHAPES: [number, number][] = [[1, 1], [1, 2], [2, 1], [1, 3], [3, 1], [2, 2]];

const GAP_A = 1;
const GAP_B = 2;
const MATCH = 3; // + shape index * 4

/** A run of consecutive units seen as one: merged id set and its weight, memoised by start and length. */
class Groups {
  private readonly memo = new Map<number, { ids: Int32Array; weight: number }>();
  constructor(private readonly units: Unit[], private readonly w: Float64Array) {}
  get(start: number, len: number): { ids: Int32Array; weight: number } {
    const key = start * 4 + len;
    let g = this.memo.get(key);
    if (!g) {
      let ids = this.units[start].ids;
      for (let k = 1; k < len; k++) ids = unionIds(ids, this.units[start + k].ids);
      g = { ids, weight: setWeight(ids, this.w) };
      this.memo.set(key, g);
    }
    return g;
  }
}

/** Aligns `a` with `b`, keeping order, maximising the similarity-weighted amount of matched text. */
export function alignUnits(a: Unit[], b: Unit[], w: Float64Array, options: SequenceOptions = {}): AlignOp[] {
  const minSim = options.minSimilarity ?? 0.45;
  const n = a.length;
  const m = b.length;
  // Unshared weight costs `penalty` per unit so that a match scores above 0 exactly when sim > minSim: a merge then
  // never pays for carrying a weak pair along with a strong one.
  const dice0 = (2 * minSim) / (1 + minSim);
  const penalty = dice0 / (1 - dice0);
  const ga = new Groups(a, w);
  const gb = new Groups(b, w);
  // 1:1 similarities for every pair; they also decide which merged groups are worth trying.
  const sim1 = new Float32Array(n * m);
  for (let i = 0; i < n; i++) {
    const x = ga.get(i, 1);
    for (let j = 0; j < m; j++) {
      const y = gb.get(j, 1);
      sim1[i * m + j] = weightedJaccard(x.ids, x.weight, y.ids, y.weight, w);
    }
  }
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  const back = new Uint8Array((n + 1) * width);
  const matchSim = new Float32Array((n + 1) * width);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = -1;
      let move = 0;
      let bestSim = 0;
      // B's gap is tried first so that, on ties, a run of changes reads "only-a" passages before "only-b" ones.
      if (j > 0 && score[i * width + j - 1] > best) {
        best = score[i * width + j - 1];
        move = GAP_B;
      }
      if (i > 0 && score[(i - 1) * width + j] > best) {
        best = score[(i - 1) * width + j];
        move = GAP_A;
      }
      for (let s = 0; s < SHAPES.length; s++) {
        const [p, q] = SHAPES[s];
        if (p > i || q > j) continue;
        const i0 = i - p;
        const j0 = j - q;
        let sim: number;
        if (p === 1 && q === 1) sim = sim1[i0 * m + j0];
        else {
          if (!everyPartOverlaps(sim1, m, i0, p, j0, q)) continue;
          const x = ga.get(i0, p);
          const y = gb.get(j0, q);
          sim = weightedJaccard(x.ids, x.weight, y.ids, y.weight, w);
        }
        if (sim < minSim) continue;
        const total = score[i0 * width + j0] + matchScore(sim, ga.get(i0, p).weight + gb.get(j0, q).weight, penalty);
        if (total > best) {
          best = total;
          move = MATCH + s * 4;
          bestSim = sim;
        }
      }
      score[i * width + j] = best;
      back[i * width + j] = move;
      matchSim[i * width + j] = bestSim;
    }
  }
  const ops = backtrack(back, matchSim, n, m);
  pairMovedUnits(ops, sim1, m, options.minMovedSimilarity ?? 0.6);
  return ops;
}

/** Shared weight minus `penalty` times unshared weight, from the weighted Jaccard and the two sides' total weight. */
function matchScore(sim: number, total: number, penalty: number): number {
  const shared2 = (2 * sim * total) / (1 + sim); // 2 x shared weight (Jaccard -> Dice)
  return shared2 - penalty * (total - shared2);
}

/** In a merged group, each unit must share some words with the other side, or the merge only pads. */
function everyPartOverlaps(sim1: Float32Array, m: number, i0: number, p: number, j0: number, q: number): boolean {
  for (let x = 0; x < p; x++) {
    let any = false;
    for (let y = 0; y < q && !any; y++) any = sim1[(i0 + x) * m + j0 + y] > 0;
    if (!any) return false;
  }
  for (let y = 0; y < q; y++) {
    let any = false;
    for (let x = 0; x < p && !any; x++) any = sim1[(i0 + x) * m + j0 + y] > 0;
    if (!any) return false;
  }
  return true;
}

function backtrack(back: Uint8Array, matchSim: Float32Array, n: number, m: number): AlignOp[] {
  const width = m + 1;
  const ops: AlignOp[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const move = back[i * width + j];
    if (move === GAP_A) ops.push({ kind: 'only-a', i: --i });
    else if (move === GAP_B) ops.push({ kind: 'only-b', j: --j });
    else {
      const [p, q] = SHAPES[(move - MATCH) / 4];
      const sim = matchSim[i * width + j];
      i -= p;
      j -= q;
      ops.push({ kind: 'match', i, p, j, q, sim, moved: false });
    }
  }
  return ops.reverse();
}

/** Pairs leftover A and B units that are clearly the same sentence out of order; greedy, best pairs first. */
function pairMovedUnits(ops: AlignOp[], sim1: Float32Array, m: number, minSim: number): void {
  if (!(minSim <= 1)) return;
  const leftA: number[] = [];
  const leftB: number[] = [];
  for (const op of ops) {
    if (op.kind === 'only-a') leftA.push(op.i);
    else if (op.kind === 'only-b') leftB.push(op.j);
  }
  if (leftA.length === 0 || leftB.length === 0) return;
  const pairs: [number, number, number][] = [];
  for (const i of leftA) for (const j of leftB) if (sim1[i * m + j] >= minSim) pairs.push([sim1[i * m + j], i, j]);
  if (pairs.length === 0) return;
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedA = new Set<number>();
  const partnerOfA = new Map<number, [number, number]>();
  const usedB = new Set<number>();
  for (const [sim, i, j] of pairs) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
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
