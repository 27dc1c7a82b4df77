// Phrase signatures: a small Bloom filter of the word pairs and triples of a document, so a "quoted phrase" is checked
// against the text only in documents that may hold it. The index knows which documents have a phrase's words, not
// whether they stand together; a rare phrase of common words would otherwise send thousands of texts through a
// regular expression (and, on a saved index, thousands of article bodies through a file read). Triples matter for
// three words and more: a synthetic "agency said I" has both pairs in 479 articles and the three words in 14.

import { fold } from './terms';

const BITS_PER_ITEM = 10; // pairs and triples, three probes: ~1.7% false positives for a two-word phrase, less for more
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

// The two hashes of the last item mixed (probe i is at (h1 + i * h2) mod bits): module variables, not a tuple per item,
// as a 10,000-article build mixes some 15 million items.
let h1 = 0;
let h2 = 0;

/** Mixes the word pair (a, b). */
function mixPair(a: number, b: number): void {
  h1 = Math.imul(a ^ ((b << 13) | (b >>> 19)), 0x9e3779b1) >>> 0;
  h2 = (Math.imul(b ^ ((a << 7) | (a >>> 25)), 0x85ebca77) | 1) >>> 0;
}

/** Mixes the triple (a, b, c) as the pair (a·b, c), a·b mixed apart from any single word's hash. */
function mixTriple(a: number, b: number, c: number): void {
  mixPair(Math.imul(a ^ ((b << 17) | (b >>> 15)) ^ 0x5bd1e995, 0xcc9e2d51) >>> 0, c);
}

const PROBES = 3;

function setMixed(sig: Uint8Array, bits: number): void {
  for (let k = 0; k < PROBES; k++) {
    const p = (h1 + k * h2) % bits;
    sig[p >>> 3] |= 1 << (p & 7);
  }
}

function hasMixed(sig: Uint8Array, bits: number, a: number, b: number): boolean {
  for (let k = 0; k < PROBES; k++) {
    const p = (a + k * b) % bits;
    if ((sig[p >>> 3] & (1 << (p & 7))) === 0) return false;
  }
  return true;
}

const itemCount = (n: number) => Math.max(0, n - 1) + Math.max(0, n - 2);

/** The signature of the word pairs and triples in each of `texts` (never spanning two texts: a title and a body). */
export function phraseSignature(texts: string[]): Uint8Array {
  const lists = texts.map((t) => {
    const words: number[] = [];
    wordHashes(t, words);
    return words;
  });
  const items = lists.reduce((n, w) => n + itemCount(w.length), 0);
  const bytes = Math.max(MIN_BYTES, Math.ceil((items * BITS_PER_ITEM) / 8));
  const bits = bytes * 8;
  const sig = new Uint8Array(bytes);
  for (const w of lists) {
    for (let i = 0; i + 1 < w.length; i++) {
      mixPair(w[i], w[i + 1]);
      setMixed(sig, bits);
      if (i + 2 < w.length) {
        mixTriple(w[i], w[i + 1], w[i + 2]);
        setMixed(sig, bits);
      }
    }
  }
  return sig;
}

/** A test of signatures for `phrases` (each a list of folded words): false when a document surely lacks one of them,
 * true when it may hold them all (or has no signature). The words are hashed once, not per document. */
export function phraseTest(phrases: readonly string[][]): (sig: Uint8Array | undefined) => boolean {
  const wanted: number[] = []; // h1, h2 of each pair and triple
  for (const phrase of phrases) {
    const w = phrase.map(hashWord);
    for (let i = 0; i + 1 < w.length; i++) {
      mixPair(w[i], w[i + 1]);
      wanted.push(h1, h2);
      if (i + 2 < w.length) {
        mixTriple(w[i], w[i + 1], w[i + 2]);
        wanted.push(h1, h2);
      }
    }
  }
  return (sig) => {
    if (!sig || sig.length === 0) return true;
    const bits = sig.length * 8;
    for (let i = 0; i < wanted.length; i += 2) if (!hasMixed(sig, bits, wanted[i], wanted[i + 1])) return false;
    return true;
  };
}
