// Word tokens for comparison: offsets into the text plus a folded key (case, accents, Arabic letter variants).

/** One word of a text: [start, end) offsets and the key two words are compared by. */
export interface Token {
  start: number;
  end: number;
  key: string;
}

/** Arabic letters that news text writes interchangeably (hamza-carrying alefs, alef maqsura, ta marbuta). */
const ARABIC_FOLD: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه' };
const ARABIC_FOLDABLE = /[أإآٱىة]/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** The comparison key of a word: lower case, no diacritics or tatweel, curly apostrophe made straight. */
export function foldWord(word: string): string {
  let key = word.toLowerCase();
  if (NON_ASCII.test(key)) {
    key = key
      .normalize('NFKD')
      .replace(/[\p{M}\u0640]/gu, '')
      .replace(ARABIC_FOLDABLE, (c) => ARABIC_FOLD[c])
      .replace(/’/g, "'");
  }
  return key;
}

const LETTER_MARK_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;
/** Per BMP code unit: 0 not yet known, 1 word character, 2 not. Filled lazily; ASCII is decided inline. */
const wordCharCache = new Uint8Array(0x10000);

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_MARK_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && isWordChar(text, i - 1); // low half of a pair
  let known = wordCharCache[c];
  if (known === 0) wordCharCache[c] = known = LETTER_MARK_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/** Characters that join two runs of letters or digits into one word ("Assad's", "19,000", "U.S"). */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 44;
}

/**
 * Calls `visit(start, end)` for each word between `from` and `to`: a run of letters, marks and digits, with inner
 * apostrophes and number separators kept. Hyphens and dashes split words ("al-Zor" is two).
 */
export function scanWords(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let i = from;
  while (i < to) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < to) {
      if (isWordChar(text, i)) i++;
      else if (isJoiner(text.charCodeAt(i)) && i + 1 < to && isWordChar(text, i + 1)) i += 2;
      else break;
    }
    visit(start, i);
  }
}

/** The words of `text` between `from` and `to`, with absolute offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  scanWords(text, from, to, (start, end) => {
    const key = foldWord(text.slice(start, end));
    if (key.length > 0) out.push({ start, end, key });
  });
  return out;
}
