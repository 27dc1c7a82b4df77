// Word tokens for comparison: offsets into the text plus a folded key (case, accents, Arabic letter variants).

/** One word of a text: [start, end) offsets and the key two words are compared by. */
export interface Token {
  start: number;
  end: number;
  key: string;
}

/** A word: letters, marks and digits, keeping inner apostrophes and number separators ("Assad's", "19,000"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.,][\p{L}\p{M}\p{N}]+)*/gu;

/** Arabic letters that news text writes interchangeably (hamza-carrying alefs, alef maqsura, ta marbuta). */
const ARABIC_FOLD: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه' };
const ARABIC_FOLDABLE = /[أإآٱىة]/g;

/** The comparison key of a word: lower case, no diacritics or tatweel, curly apostrophe made straight. */
export function foldWord(word: string): string {
  let key = word.toLowerCase();
  if (/[^\x00-\x7f]/.test(key)) {
    key = key
      .normalize('NFKD')
      .replace(/[\p{M}\u0640]/gu, '')
      .replace(ARABIC_FOLDABLE, (c) => ARABIC_FOLD[c])
      .replace(/’/g, "'");
  }
  return key;
}

/** The words of `text` between `from` and `to`, with absolute offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const key = foldWord(m[0]);
    if (key.length === 0) continue;
    const start = from + m.index;
    out.push({ start, end: start + m[0].length, key });
  }
  return out;
}
