// Order-preserving alignment of two unit sequences: dynamic programming over 1:1, 1:n and n:1 sentence matches.

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
  /** Match single units only, never merged runs (for lists of separate statements, e.g. claims). */
  oneToOne?: boolean;
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

/**
 * Aligns `a` with `b`, keeping order, maximising the similarity-weighted amount of matched text. Time and memory grow
 * with a.length x b.length (about 25 bytes a cell); moved units are left as only-a / only-b.
 */
export function alignDense(a: Unit[], b: Unit[], w: Float64Array, options: SequenceOptions = {}): AlignOp[] {
  const minSim = options.minSimilarity ?? 0.45;
  const shapes = options.oneToOne ? 1 : SHAPES.length;
  const n = a.length;
  const m = b.length;
  // Unshared weight costs `penalty` per unit so that a match scores above 0 exactly when sim > minSim: a merge then
  // never pays for carrying a weak pair along with a strong one.
  const dice0 = (2 * minSim) / (1 + minSim);
  const penalty = dice0 / (1 - dice0);
  const ga = new Groups(a, w);
  const gb = new Groups(b, w);
  // Shared weight of every 1:1 pair, through an inverted index of B's words; it gives 1:1 similarities and bounds
  // what a merged group could reach, so hopeless merges are never computed.
  const shared = sharedWeights(a, b, w);
  const wa = Float64Array.from(a, (_, i) => ga.get(i, 1).weight);
  const wb = Float64Array.from(b, (_, j) => gb.get(j, 1).weight);
  const sim1 = new Float32Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const x = shared[i * m + j];
      sim1[i * m + j] = x > 0 ? x / (wa[i] + wb[j] - x) : 0;
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
      if (i > 0 && j > 0) {
        const sim = sim1[(i - 1) * m + j - 1];
        if (sim >= minSim) {
          const total = score[(i - 1) * width + j - 1] + matchScore(sim, wa[i - 1] + wb[j - 1], penalty);
          if (total > best) {
            best = total;
            move = MATCH;
            bestSim = sim;
          }
        }
      }
      for (let s = 1; s < shapes; s++) {
        const p = SHAPES[s][0];
        const q = SHAPES[s][1];
        if (p > i || q > j) continue;
        const i0 = i - p;
        const j0 = j - q;
        if (mergedBound(shared, m, wa, wb, i0, p, j0, q) < minSim) continue;
        const x = ga.get(i0, p);
        const y = gb.get(j0, q);
        const sim = weightedJaccard(x.ids, x.weight, y.ids, y.weight, w);
        if (sim < minSim) continue;
        const total = score[i0 * width + j0] + matchScore(sim, x.weight + y.weight, penalty);
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
  return backtrack(back, matchSim, n, m);
}

/** Shared weight minus `penalty` times unshared weight, from the weighted Jaccard and the two sides' total weight. */
function matchScore(sim: number, total: number, penalty: number): number {
  const shared2 = (2 * sim * total) / (1 + sim); // 2 x shared weight (Jaccard -> Dice)
  return shared2 - penalty * (total - shared2);
}

/** Shared weight of each pair (a[i], b[j]), row-major, from postings of B's word ids. */
export function sharedWeights(a: Unit[], b: Unit[], w: Float64Array): Float64Array {
  const m = b.length;
  const postings = new Map<number, number[]>();
  for (let j = 0; j < m; j++) {
    for (const id of b[j].ids) {
      const list = postings.get(id);
      if (list) list.push(j);
      else postings.set(id, [j]);
    }
  }
  const out = new Float64Array(a.length * m);
  for (let i = 0; i < a.length; i++) {
    const row = i * m;
    for (const id of a[i].ids) {
      const list = postings.get(id);
      if (!list) continue;
      const weight = w[id];
      for (let k = 0; k < list.length; k++) out[row + list[k]] += weight;
    }
  }
  return out;
}

/**
 * An upper bound on the weighted Jaccard of a[i0..i0+p) with b[j0..j0+q): shared weight is at most the sum of the
 * pairwise shared weights, the union at least the heaviest unit. 0 when some unit shares nothing with the other
 * side (the merge would only pad the passage).
 */
function mergedBound(
  shared: Float64Array, m: number, wa: Float64Array, wb: Float64Array, i0: number, p: number, j0: number, q: number,
): number {
  let total = 0;
  let heaviest = 0;
  for (let x = 0; x < p; x++) {
    let row = 0;
    for (let y = 0; y < q; y++) row += shared[(i0 + x) * m + j0 + y];
    if (row === 0) return 0;
    total += row;
    heaviest = Math.max(heaviest, wa[i0 + x]);
  }
  for (let y = 0; y < q; y++) {
    let col = 0;
    for (let x = 0; x < p; x++) col += shared[(i0 + x) * m + j0 + y];
    if (col === 0) return 0;
    heaviest = Math.max(heaviest, wb[j0 + y]);
  }
  return total / Math.max(total, heaviest);
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
