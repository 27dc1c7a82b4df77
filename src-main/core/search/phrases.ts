// Phrase signatures: a small Bloom filter of the word pairs and triples of a document, so a "quoted phrase" is checked
// against the text only in documents that may hold it. The index knows which documents have a phrase's words, not
// whether they stand together; a rare phrase of common words would otherwise send thousands of texts through a
// regular expression (and, on a saved index, thousands of article bodies through a file read). Triples matter for
// three words and more: a synthetic "agency said I" has both pairs in 479 articles and the three words in 14.

import { fold } from './terms';

const BITS_PER_ITEM = 10; // pairs and triples, three bits each: ~2% false positives for a two-word phrase, less for more
const ASCII_WORD = 1; // character classes of the ASCII fast path
const NOT_WORD = 0;

// Hashes are kept as signed 32-bit integers (small integers to V8, never boxed), read as unsigned where it matters.

/** FNV-1a of a folded word. */
function hashWord(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
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
        h = 0x811c9dc5 | 0;
        inWord = true;
      }
      h = Math.imul(h ^ lower, 0x01000193);
    } else if (inWord) {
      out.push(h);
      inWord = false;
    }
  }
}

// The two hashes of the last item mixed (h1 picks its block, h2 its bits): module variables, not a tuple per item,
// as a 10,000-article build mixes some 15 million items.
let h1 = 0;
let h2 = 0;

/** MurmurHash3's finaliser: every input bit moves every output bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Mixes the word pair (a, b). */
function mixPair(a: number, b: number): void {
  h1 = fmix(Math.imul(a, 0x9e3779b1) ^ b);
  h2 = fmix(h1 ^ 0x27d4eb2f);
}

/** Mixes the triple (a, b, c) as the pair (a·b, c), a·b mixed apart from any single word's hash. */
function mixTriple(a: number, b: number, c: number): void {
  mixPair(fmix(Math.imul(a, 0xcc9e2d51) ^ b ^ 0x5bd1e995), c);
}

// A blocked filter: an item's three bits fall in one 8-byte block (one memory read per item tested, where checking
// thousands of candidates is mostly cache misses), the block picked by h1, the bits by h2.
const BLOCK = 8;

/** The block of the last item mixed, in a signature of `blocks` blocks (multiply-shift, no division). */
const blockOf = (blocks: number) => Math.floor(((h1 >>> 0) * blocks) / 4294967296) * BLOCK;

function setMixed(sig: Uint8Array, blocks: number): void {
  const at = blockOf(blocks);
  for (let k = 0, h = h2; k < 3; k++, h >>>= 6) sig[at + ((h & 63) >>> 3)] |= 1 << (h & 7);
}

function hasMixed(sig: Uint8Array, blocks: number, a: number, b: number): boolean {
  const at = Math.floor(((a >>> 0) * blocks) / 4294967296) * BLOCK;
  for (let k = 0, h = b; k < 3; k++, h >>>= 6) if ((sig[at + ((h & 63) >>> 3)] & (1 << (h & 7))) === 0) return false;
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
  const blocks = Math.max(1, Math.ceil((items * BITS_PER_ITEM) / 8 / BLOCK));
  const sig = new Uint8Array(blocks * BLOCK);
  for (const w of lists) {
    for (let i = 0; i + 1 < w.length; i++) {
      mixPair(w[i], w[i + 1]);
      setMixed(sig, blocks);
      if (i + 2 < w.length) {
        mixTriple(w[i], w[i + 1], w[i + 2]);
        setMixed(sig, blocks);
      }
    }
  }
  return sig;
}

/** A test of signatures for `phrases` (each a list of folded words): false when a document surely lacks one of them,
 * true when it may hold them all (or has no signature). The words are hashed once, not per document. */
export function phraseTest(phrases: readonly string[][]): (sig: Uint8Array | undefined) => boolean {
  const triples: number[] = []; // h1, h2 of each; tested first: the rarer, so most documents fail on one probe
  const pairs: number[] = [];
  for (const phrase of phrases) {
    const w = phrase.map(hashWord);
    for (let i = 0; i + 1 < w.length; i++) {
      mixPair(w[i], w[i + 1]);
      pairs.push(h1, h2);
      if (i + 2 < w.length) {
        mixTriple(w[i], w[i + 1], w[i + 2]);
        triples.push(h1, h2);
      }
    }
  }
  const wanted = [...triples, ...pairs];
  return (sig) => {
    if (!sig || sig.length < BLOCK) return true;
    const blocks = sig.length / BLOCK;
    for (let i = 0; i < wanted.length; i += 2) if (!hasMixed(sig, blocks, wanted[i], wanted[i + 1])) return false;
    return true;
  };
}
