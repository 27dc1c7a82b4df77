// Near-copy detection over many fingerprints (LSH banding, no all-pairs) and grouping of copies into sources.

import { mix32 as importedMix32, MINHASH_SIZE as IMPORTED_SIZE, type Fingerprint } from './fingerprint';

// Local copies: hot loops must not go through imported bindings (some loaders, tsx among them, make those getters).
const MINHASH_SIZE = IMPORTED_SIZE;
const mix32 = importedMix32;

/**
 * Default copy threshold: estimated Jaccard similarity of the two articles' 5-word shingle sets. 0.35 means a third of
 * all the distinct 5-word runs of the pair occur in both, e.g. a republication that keeps 35% of a wire story, or two
 * outlets that each trim and extend it. Unrelated reports of one story share a few quotes and stay far below: in the
 * sample corpus the two articles quoting one Foreign Office statement score 0.035, the two Al Jazeera versions 0.51.
 */
export const COPY_THRESHOLD = 0.35;

/**
 * LSH banding: 85 bands of 3 slots. Two fingerprints become candidates when all 3 slots of some band agree, which
 * happens with probability 1 - (1 - J^3)^85: 0.98 at J = 0.35, 0.996 at 0.4, 1 - 1e-5 at 0.5, but only 0.08 at
 * J = 0.1, so unrelated articles are rarely even compared.
 */
export const LSH_BANDS = 85;
export const LSH_ROWS = 3;

export interface CopyPair {
  a: string;
  b: string;
  similarity: number;
}

/** Pairs of items whose fingerprints estimate a Jaccard similarity of at least `threshold`, each pair once. */
export function findCopyPairs(items: { id: string; fp: Fingerprint }[], threshold = COPY_THRESHOLD): CopyPair[] {
  return copyPairs(items, undefined, threshold);
}

/**
 * The pairs of findCopyPairs(items) that involve at least one id of `added`: what an import changes in a notebook
 * whose other pairs are known. Only the new fingerprints are bucketed; every item's band keys are looked up in them.
 */
export function findCopyPairsOf(added: ReadonlySet<string>, items: { id: string; fp: Fingerprint }[], threshold = COPY_THRESHOLD): CopyPair[] {
  return copyPairs(items, added, threshold);
}

function copyPairs(items: { id: string; fp: Fingerprint }[], added: ReadonlySet<string> | undefined, threshold: number): CopyPair[] {
  const usable = items.filter((it) => it.fp.shingles > 0 && it.fp.minhash.length === MINHASH_SIZE);
  const n = usable.length;
  const slots = new Uint32Array(n * MINHASH_SIZE);
  usable.forEach((it, i) => slots.set(it.fp.minhash, i * MINHASH_SIZE));
  const isNew = usable.map((it) => !added || added.has(it.id));
  // a pair reaches the threshold only with this many equal slots; verification stops once that is out of reach
  const needed = Math.ceil(threshold * MINHASH_SIZE - 1e-9);
  const keys = new Int32Array(n * LSH_BANDS);
  const buckets: Map<number, number[]>[] = Array.from({ length: LSH_BANDS }, () => new Map());
  for (let i = 0; i < n; i++) {
    for (let band = 0; band < LSH_BANDS; band++) {
      let h = band;
      for (let r = 0; r < LSH_ROWS; r++) h = mix32(h ^ Math.imul(slots[i * MINHASH_SIZE + band * LSH_ROWS + r], 0x9e3779b1));
      h >>>= 2; // 30 bits: a small integer for V8, so Map keys need no boxing; collisions only cost a verification
      keys[i * LSH_BANDS + band] = h;
      if (!isNew[i]) continue; // only new items are bucketed: every pair found involves one
      const bucket = buckets[band].get(h);
      if (bucket) bucket.push(i);
      else buckets[band].set(h, [i]);
    }
  }
  const out: CopyPair[] = [];
  const lastSeenBy = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let band = 0; band < LSH_BANDS; band++) {
      const bucket = buckets[band].get(keys[i * LSH_BANDS + band]);
      if (!bucket || (isNew[i] && bucket.length < 2)) continue;
      for (const j of bucket) {
        // each pair once: two new items meet in both directions (keep i < j); an old item meets new ones only from its side
        if (j === i || (isNew[i] && j < i) || lastSeenBy[j] === i) continue;
        lastSeenBy[j] = i;
        const equal = equalSlots(slots, i, j, needed);
        if (equal >= needed) {
          const [a, b] = i < j ? [i, j] : [j, i];
          out.push({ a: usable[a].id, b: usable[b].id, similarity: equal / MINHASH_SIZE });
        }
      }
    }
  }
  return out;
}

/** Equal slots of fingerprints i and j (as estimateSimilarity counts them), or fewer once `needed` is out of reach. */
function equalSlots(slots: Uint32Array, i: number, j: number, needed: number): number {
  const x = i * MINHASH_SIZE;
  const y = j * MINHASH_SIZE;
  let equal = 0;
  let budget = MINHASH_SIZE - needed; // mismatches we can afford
  for (let k = 0; k < MINHASH_SIZE; k++) {
    if (slots[x + k] === slots[y + k]) equal++;
    else if (--budget < 0) return equal;
  }
  return equal;
}

/** id -> ids of its copies (symmetric; only ids that have copies; lists in input order). */
export function findCopies(items: { id: string; fp: Fingerprint }[], threshold = COPY_THRESHOLD): Record<string, string[]> {
  const order = new Map(items.map((it, k) => [it.id, k]));
  const out: Record<string, string[]> = {};
  for (const { a, b } of findCopyPairs(items, threshold)) {
    if (a === b) continue;
    (out[a] ??= []).push(b);
    (out[b] ??= []).push(a);
  }
  for (const id of Object.keys(out)) out[id] = [...new Set(out[id])].sort((x, y) => order.get(x)! - order.get(y)!);
  return out;
}

/**
 * Groups `ids` into sources: copies of copies end up together (union-find), so a dossier counts a wire story and its
 * republications once. Every id is in exactly one group; groups and their members keep the order of `ids`. Copy
 * links to ids outside `ids` are ignored.
 */
export function sourceGroups(ids: string[], copies: Record<string, string[]>): string[][] {
  const index = new Map<string, number>();
  for (const id of ids) if (!index.has(id)) index.set(id, index.size);
  const parent = Array.from({ length: index.size }, (_, k) => k);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const [id, list] of Object.entries(copies)) {
    const x = index.get(id);
    if (x === undefined) continue;
    for (const other of list) {
      const y = index.get(other);
      if (y === undefined) continue;
      const rx = find(x);
      const ry = find(y);
      if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
    }
  }
  const groups = new Map<number, string[]>();
  for (const [id, k] of index) {
    const root = find(k);
    const g = groups.get(root);
    if (g) g.push(id);
    else groups.set(root, [id]);
  }
  return [...groups.values()];
}
