// Per-article fingerprints: MinHash over 5-word shingles, JSON-serialisable, for near-copy detection without the text.

import { foldWord, scanWords } from './tokens';

/** Words in a shingle: long enough that unrelated articles on one story rarely share one, short enough to survive edits. */
export const SHINGLE_WORDS = 5;
/** MinHash slots (one-permutation hashing: 256 bins, each keeping its least hash); error ~ sqrt(J(1-J)/256) <= 0.031. */
export const MINHASH_SIZE = 256;
export const FINGERPRINT_VERSION = 1;

/** A text's fingerprint: JSON, ~2 KB. `minhash[i]` is bin i's least 24-bit hash (0xffffffff everywhere if no words). */
export interface Fingerprint {
  v: typeof FINGERPRINT_VERSION;
  /** Number of distinct shingles: with two fingerprints it turns a Jaccard estimate into a containment estimate. */
  shingles: number;
  minhash: number[];
}

const EMPTY_SLOT = 0xffffffff;
const BIN_BITS = 8; // 2^8 = MINHASH_SIZE bins
const VALUE_MASK = 0xffffff;
const SEED = 0x5eed1234;

/** MurmurHash3's 32-bit finaliser: every input bit flips each output bit with probability about 1/2. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over the UTF-16 units of a word key. */
function hashWord(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** hashWord(foldWord(word)) for text[start, end), without building strings when the word is plain ASCII. */
function hashWordAt(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c >= 128) return hashWord(foldWord(text.slice(start, end)));
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/** Hashes of the distinct shingles of `text`, sorted (a text shorter than a shingle gives one shingle of all its words). */
export function shingleHashes(text: string): Uint32Array {
  const words: number[] = [];
  scanWords(text, 0, text.length, (start, end) => words.push(hashWordAt(text, start, end)));
  const k = Math.min(SHINGLE_WORDS, words.length);
  if (k === 0) return new Uint32Array(0);
  const out = new Uint32Array(words.length - k + 1);
  for (let i = 0; i < out.length; i++) {
    let h = SEED;
    for (let j = 0; j < k; j++) h = Math.imul(h ^ words[i + j], 0x9e3779b1) + j;
    out[i] = mix32(h);
  }
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i];
  return out.subarray(0, n);
}

/**
 * The fingerprint of a text (clean text is best; boilerplate counts like any other words). One-permutation MinHash:
 * a shingle's hash picks its bin (top 8 bits) and competes there with its low 24 bits; an empty bin borrows the value
 * of a bin chosen by a fixed pseudo-random probe sequence ("optimal densification", Shrivastava 2017), which keeps
 * the estimate unbiased for short texts.
 */
export function fingerprint(text: string): Fingerprint {
  const shingles = shingleHashes(text);
  const bins = new Uint32Array(MINHASH_SIZE).fill(EMPTY_SLOT);
  for (let s = 0; s < shingles.length; s++) {
    const h = mix32(shingles[s] ^ SEED);
    const bin = h >>> (32 - BIN_BITS);
    const value = h & VALUE_MASK;
    if (value < bins[bin]) bins[bin] = value;
  }
  const minhash = Array.from(bins);
  if (shingles.length > 0) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      if (bins[i] !== EMPTY_SLOT) continue;
      for (let attempt = 1; ; attempt++) {
        const j = mix32((i << 16) + attempt) >>> (32 - BIN_BITS);
        if (bins[j] !== EMPTY_SLOT) {
          minhash[i] = bins[j];
          break;
        }
      }
    }
  }
  return { v: FINGERPRINT_VERSION, shingles: shingles.length, minhash };
}

/** Estimated Jaccard similarity of two texts' shingle sets (0 if either has no words), 0..1. */
export function estimateSimilarity(a: Fingerprint, b: Fingerprint): number {
  if (a.shingles === 0 || b.shingles === 0) return 0;
  const n = Math.min(a.minhash.length, b.minhash.length);
  let equal = 0;
  for (let i = 0; i < n; i++) if (a.minhash[i] === b.minhash[i]) equal++;
  return equal / n;
}

/** Estimated share of the smaller text's shingles found in the other (from Jaccard and the set sizes), 0..1. */
export function estimateContainment(a: Fingerprint, b: Fingerprint): number {
  const j = estimateSimilarity(a, b);
  if (j === 0) return 0;
  const shared = (j * (a.shingles + b.shingles)) / (1 + j);
  return Math.min(1, shared / Math.min(a.shingles, b.shingles));
}

/** True when `x` looks like a fingerprint of this version (e.g. read back from a cache). */
export function isFingerprint(x: unknown): x is Fingerprint {
  const f = x as Fingerprint;
  return (
    typeof f === 'object' && f !== null && f.v === FINGERPRINT_VERSION && Number.isInteger(f.shingles) &&
    Array.isArray(f.minhash) && f.minhash.length === MINHASH_SIZE
  );
}
