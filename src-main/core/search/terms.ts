// Term normalisation shared by indexing, querying, phrase checks and snippets: words with offsets, case and accents folded.

/** Very common English words left out of the index; phrases still check them against the text. */
export const STOP_WORDS = new Set(
  ('a an and are as at be but by for from had has have he her his i if in into is it its of on or s she so ' +
    'than that the their them then there these they this to was were which who will with').split(' '),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const MARKS = /\p{M}/gu;

export interface Token {
  term: string; // folded form
  start: number; // UTF-16 offsets of the word in the source text, end exclusive
  end: number;
}

/** Lower case, without diacritics ("Déjà" -> "deja"); ASCII words take a fast path. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
}

/** Every word of `text` with its offsets (stop words included). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ term: fold(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

/** The words of `text` as the index sees them: folded, without stop words. ASCII text takes a scanning fast path
 * (the same words: letters and digits, lower-cased), a good part of indexing time at 10,000 articles otherwise. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(text)) {
    for (const m of text.matchAll(WORD)) {
      const t = fold(m[0]);
      if (!STOP_WORDS.has(t)) out.push(t);
    }
    return out;
  }
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const t = text.slice(start, i).toLowerCase();
      if (!STOP_WORDS.has(t)) out.push(t);
      start = -1;
    }
  }
  return out;
}
