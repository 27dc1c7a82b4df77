// Weighted Jaccard similarity of word sets, with rarer words (in the two texts compared) weighing more.

import type { Unit } from './units';

/** Inverse document frequency of each word id over all units of both texts: ln(1 + units / units holding it). */
export function idfWeights(unitLists: Unit[][], vocabSize: number): Float64Array {
  const df = new Uint32Array(vocabSize);
  let total = 0;
  for (const units of unitLists) {
    for (const u of units) {
      total++;
      for (let k = 0; k < u.ids.length; k++) df[u.ids[k]]++;
    }
  }
  const w = new Float64Array(vocabSize);
  for (let id = 0; id < vocabSize; id++) w[id] = df[id] ? Math.log(1 + total / df[id]) : 0;
  return w;
}

/** Sum of the weights of a sorted id set. */
export function setWeight(ids: Int32Array, w: Float64Array): number {
  let s = 0;
  for (let k = 0; k < ids.length; k++) s += w[ids[k]];
  return s;
}

/** Weight of the intersection of two sorted id sets. */
export function intersectionWeight(a: Int32Array, b: Int32Array, w: Float64Array): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x < y) i++;
    else if (y < x) j++;
    else {
      s += w[x];
      i++;
      j++;
    }
  }
  return s;
}

/** Weighted Jaccard of two sets given their weights: shared weight over the weight of the union, 0..1. */
export function weightedJaccard(a: Int32Array, wa: number, b: Int32Array, wb: number, w: Float64Array): number {
  if (wa === 0 || wb === 0) return 0;
  const shared = intersectionWeight(a, b, w);
  return shared / (wa + wb - shared);
}
