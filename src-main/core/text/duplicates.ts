// Near-duplicate paragraphs inside one article: a repeated paragraph, or a garbled fragment of a later one.
//
// Each paragraph is reduced to hashed word trigrams (numbers, not strings: no allocation per trigram); a paragraph
// most of whose trigrams (>= CONTAINED) sit in one other, at-least-as-long paragraph is a copy of it. Of two equal
// copies the later goes; otherwise the shorter goes. Linear in the text: one pass to hash, one map lookup per
// trigram, and only trigrams shared by two paragraphs are ever compared (most articles have none: early exit).

const CONTAINED = 0.75;
const MIN_WORDS = 6; // shorter paragraphs (cross-heads, "Reuters") repeat legitimately

/** A non-ASCII character that is part of a word (letters, marks, digits of any script). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const wordCharCache = new Map<number, boolean>();

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57); // text is lower-cased first
  let yes = wordCharCache.get(c);
  if (yes === undefined) {
    yes = c >= 0xd800 && c <= 0xdfff ? true : WORD_CHAR.test(String.fromCharCode(c)); // astral letters: keep joined
    wordCharCache.set(c, yes);
  }
  return yes;
}

/** 32-bit hashes of the lower-cased words of `text` (FNV-1a over UTF-16 units). */
export function wordHashes(text: string): number[] {
  const s = text.toLowerCase();
  const out: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWordCode(c)) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      out.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

/** A 30-bit key per word trigram (a small integer: cheap to hash and compare). */
function trigramKey(a: number, b: number, c: number): number {
  const h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35);
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

/**
 * An open-addressing table from trigram key to slot, reused across calls (a generation stamp marks live slots, so
 * nothing is cleared). Per slot: the key, the first and the last paragraph seen with it.
 */
class GramTable {
  private cap = 0;
  private keys = new Int32Array(0);
  private stamp = new Uint32Array(0);
  readonly first: Int32Array = new Int32Array(0);
  readonly last: Int32Array = new Int32Array(0);
  private gen = 0;

  reset(entries: number): void {
    let cap = 1024;
    while (cap < entries * 2) cap *= 2;
    if (cap > this.cap) {
      this.cap = cap;
      this.keys = new Int32Array(cap);
      this.stamp = new Uint32Array(cap);
      (this as { first: Int32Array }).first = new Int32Array(cap);
      (this as { last: Int32Array }).last = new Int32Array(cap);
      this.gen = 0;
    }
    this.gen++;
  }

  /** The slot of `key`; a new slot gets first = last = -1. */
  slot(key: number): number {
    const mask = this.cap - 1;
    let i = key & mask;
    while (this.stamp[i] === this.gen) {
      if (this.keys[i] === key) return i;
      i = (i + 1) & mask;
    }
    this.stamp[i] = this.gen;
    this.keys[i] = key;
    this.first[i] = -1;
    this.last[i] = -1;
    return i;
  }
}

const table = new GramTable();

/**
 * Indices of paragraphs that duplicate another one, each with the index of the paragraph it copies. Trigram keys
 * are 30-bit hashes: a rare collision adds one stray shared trigram, far below the 75% containment needed.
 */
export function findDuplicateParagraphs(paragraphs: string[]): { index: number; of: number }[] {
  const words = paragraphs.map(wordHashes);
  table.reset(words.reduce((n, ws) => n + ws.length, 0));
  const slotsOf: number[][] = []; // distinct trigram slots of each paragraph
  const shared = new Map<number, number[]>(); // slot -> every paragraph that has it, when two or more do
  const out: { index: number; of: number }[] = [];
  const gone = new Set<number>();
  const exact = new Map<string, number>(); // paragraph text -> its first occurrence
  for (let i = 0; i < words.length; i++) {
    const ws = words[i];
    const slots: number[] = [];
    const first = ws.length >= MIN_WORDS ? exact.get(paragraphs[i]) : undefined;
    if (first !== undefined) {
      // An exact repeat: a copy of the first, and left out of the trigram lists, so that a text repeating the
      // same paragraphs many times stays linear.
      out.push({ index: i, of: first });
      gone.add(i);
    } else if (ws.length >= MIN_WORDS) {
      exact.set(paragraphs[i], i);
      for (let k = 0; k + 2 < ws.length; k++) {
        const s = table.slot(trigramKey(ws[k], ws[k + 1], ws[k + 2]));
        if (table.last[s] === i) continue; // repeated inside this paragraph
        slots.push(s);
        if (table.first[s] < 0) table.first[s] = i;
        else {
          const list = shared.get(s);
          if (list) list.push(i);
          else shared.set(s, [table.first[s], i]);
        }
        table.last[s] = i;
      }
    }
    slotsOf.push(slots);
  }
  if (shared.size === 0) return out;
  for (let i = 0; i < words.length; i++) {
    const own = slotsOf[i];
    if (own.length === 0) continue;
    const hits = new Map<number, number>();
    for (const s of own) {
      const list = shared.get(s);
      if (!list) continue; // only this paragraph has it
      for (const j of list) if (j !== i && !gone.has(j)) hits.set(j, (hits.get(j) ?? 0) + 1);
    }
    const len = words[i].length;
    for (const [j, n] of hits) {
      if (n / own.length < CONTAINED) continue;
      const equalCopyLater = words[j].length === len && j < i;
      if (words[j].length > len || equalCopyLater) {
        out.push({ index: i, of: j });
        gone.add(i);
        break;
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
