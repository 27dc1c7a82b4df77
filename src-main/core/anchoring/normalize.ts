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

/** Whitespace as JavaScript's \s knows it, tested by code (a regex per character is slow on long texts). */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Folds `text`: every run of whitespace becomes one space; quotes, dashes and soft hyphens are folded. */
export function foldText(text: string): FoldedText {
  let out = '';
  const map = new Int32Array(text.length + 1);
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (!inSpace) {
        out += ' ';
        map[n++] = i;
        inSpace = true;
      }
      continue;
    }
    const ch = c < 0x80 ? text[i] : (CHAR_FOLDS[text[i]] ?? text[i]);
    if (ch === '') continue;
    inSpace = false;
    out += ch;
    map[n++] = i;
  }
  map[n] = text.length;
  return { original: text, folded: out, toOriginal: map.subarray(0, n + 1) };
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
