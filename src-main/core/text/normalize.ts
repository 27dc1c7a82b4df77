// Character-level normalisation of imported text: line endings, spaces, quotes, invisible and control characters.
//
// Choices (documented here, relied on by offsets everywhere):
// - Line endings become "\n"; U+2028 becomes "\n" and U+2029 a blank line.
// - Curly quotes become straight ASCII quotes (‘ ’ ‚ ‛ ′ -> ', “ ” „ ‟ ″ -> "): the sample corpus and most wire copy are
//   straight, and one convention keeps quote matching, search and highlight anchoring simple. Guillemets stay.
// - NBSP, narrow NBSP, figure space, the other Unicode spaces and tabs become one ASCII space; runs collapse to one.
// - Removed: zero-width space, word joiner, BOM, soft hyphen, bidi controls (LRM, RLM, ALM, embeddings, overrides,
//   isolates), C0 controls except "\n", C1 controls. ZWNJ/ZWJ stay only between two letters (Persian, Indic, emoji
//   sequences need them) and are dropped elsewhere.
// - Text is put in Unicode NFC; lines are trimmed.

const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const JOINERS = /[\u200C\u200D]/g;
const LETTER_OR_MARK = /[\p{L}\p{M}\p{Extended_Pictographic}]/u;
/** Anything the rules below could change: a non-printable-ASCII character, a space to trim or collapse. */
const NEEDS_WORK = /[^\x20-\x7E\n]| \n|\n | {2}|^ | $/;

/** `raw` with the conventions above applied; paragraphs and line structure are kept. */
export function normalizeText(raw: string): string {
  if (!NEEDS_WORK.test(raw)) return raw; // plain, tidy ASCII (most wire copy): already normal
  let s = raw.replace(/\r\n?/g, '\n').replace(/\u2029/g, '\n\n').replace(/\u2028/g, '\n');
  s = s.replace(ODD_SPACES, ' ').replace(INVISIBLE, '');
  s = s.replace(JOINERS, (j, at: number, all: string) =>
    LETTER_OR_MARK.test(all[at - 1] ?? '') && LETTER_OR_MARK.test(all[at + 1] ?? '') ? j : '',
  );
  s = s.normalize('NFC');
  s = straightenQuotes(s);
  return s
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

/** Curly single and double quotes (and primes) as straight ASCII quotes. */
export function straightenQuotes(s: string): string {
  return s.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');
}
