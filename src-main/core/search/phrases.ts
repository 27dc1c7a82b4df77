// Phrase signatures: a small Bloom filter of the word pairs of a document, so a "quoted phrase" is checked against the
// text only in documents that may hold it. The index knows which documents have a phrase's words, not whether they
// stand together; a rare phrase of common words would otherwise send thousands of texts through a regular expression.

import { fold } from './terms';

const BITS_PER_PAIR = 14; // with three probes: ~0.7% false positives for a two-word phrase, ~0.004% for three words
const MIN_BYTES = 8;
const ASCII_WORD = 1; // character classes of the ASCII fast path
const NOT_WORD = 0;

/** FNV-1a of a folded word. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The folded words of `text` as hashes, in order (stop words included, as phrases are checked word for word). */
function wordHashes(text: string, out: number[]): void {
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(text)) {
    for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu)) out.push(hashWord(fold(m[0])));
    return;
  }
  let h = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    const kind = (lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) ? ASCII_WORD : NOT_WORD;
    if (kind === ASCII_WORD) {
      if (!inWord) {
        h = 0x811c9dc5;
        inWord = true;
      }
      h = Math.imul(h ^ lower, 0x01000193);
    } else if (inWord) {
      out.push(h >>> 0);
      inWord = false;
    }
  }
}

/** Two independent hashes of the word pair (a, b); probe i is at (h1 + i * h2) mod bits. */
function pairHashes(a: number, b: number): [number, number] {
  const h1 = Math.imul(a ^ ((b << 13) | (b >>> 19)), 0x9e3779b1) >>> 0;
  const h2 = (Math.imul(b ^ ((a << 7) | (a >>> 25)), 0x85ebca77) | 1) >>> 0;
  return [h1, h2];
}

const PROBES = 3;

/** The signature of the word pairs in each of `texts` (pairs never span two texts: a title and a body). */
export function phraseSignature(texts: string[]): Uint8Array {
  const words: number[][] = texts.map((t) => {
    const out: number[] = [];
    wordHashes(t, out);
    return out;
  });
  const pairs = words.reduce((n, w) => n + Math.max(0, w.length - 1), 0);
  const bytes = Math.max(MIN_BYTES, Math.ceil((pairs * BITS_PER_PAIR) / 8));
  const sig = new Uint8Array(bytes);
  const bits = bytes * 8;
  for (const w of words) {
    for (let i = 0; i + 1 < w.length; i++) {
      const [h1, h2] = pairHashes(w[i], w[i + 1]);
      for (let k = 0; k < PROBES; k++) {
        const p = (h1 + k * h2) % bits;
        sig[p >>> 3] |= 1 << (p & 7);
      }
    }
  }
  return sig;
}

/** A test of signatures for `phrases` (each a list of folded words): false when a document surely lacks one of them,
 * true when it may hold them all (or has no signature). The word pairs are hashed once, not per document. */
export function phraseTest(phrases: readonly string[][]): (sig: Uint8Array | undefined) => boolean {
  const pairs: [number, number][] = [];
  for (const phrase of phrases) for (let i = 0; i + 1 < phrase.length; i++) pairs.push(pairHashes(hashWord(phrase[i]), hashWord(phrase[i + 1])));
  return (sig) => {
    if (!sig || sig.length === 0) return true;
    const bits = sig.length * 8;
    for (const [h1, h2] of pairs) {
      for (let k = 0; k < PROBES; k++) {
        const p = (h1 + k * h2) % bits;
        if ((sig[p >>> 3] & (1 << (p & 7))) === 0) return false;
      }
    }
    return true;
  };
}
