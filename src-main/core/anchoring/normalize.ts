// Whitespace and typography folding for anchoring: a normalised copy of a text plus a map back to original offsets.

/** A text folded for matching, with `toOriginal[i]` = offset in the original of folded char i (length + 1 entries). */
export interface FoldedText {
  original: string;
  folded: string;
  toOriginal: Int32Array;
}

/** Same-length replacements that cleaning rules commonly change: curly quotes, dashes, odd spaces. */
const CHAR_FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00AD': '', // soft hyphen: invisible, dropped
};

const WHITESPACE = /\s/;

/** Folds `text`: every run of whitespace becomes one space; quotes, dashes and soft hyphens are folded. */
export function foldText(text: string): FoldedText {
  const out: string[] = [];
  const map = new Int32Array(text.length + 1);
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (WHITESPACE.test(ch)) {
      if (!inSpace) {
        out.push(' ');
        map[n++] = i;
        inSpace = true;
      }
      continue;
    }
    const folded = CHAR_FOLDS[ch] ?? ch;
    if (folded === '') continue;
    inSpace = false;
    out.push(folded);
    map[n++] = i;
  }
  map[n] = text.length;
  return { original: text, folded: out.join(''), toOriginal: map.subarray(0, n + 1) };
}

/** The folded form of a short string (a quote, a prefix), without the offset map. */
export function foldString(s: string): string {
  return foldText(s).folded;
}

/** Maps a folded [start, end) range back to original offsets (end exclusive, covering the last folded char). */
export function toOriginalRange(ft: FoldedText, start: number, end: number): [number, number] {
  const s = ft.toOriginal[start];
  const e = end > start ? ft.toOriginal[end - 1] + 1 : s;
  return [s, e];
}

/** The folded offset of an original offset (the first folded char at or after it). */
export function toFoldedOffset(ft: FoldedText, offset: number): number {
  const map = ft.toOriginal;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
