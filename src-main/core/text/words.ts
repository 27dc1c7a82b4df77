// Word counting for article summaries, Unicode-aware, with the word boundaries of Intl.Segmenter (UAX #29).
//
// Intl.Segmenter is exact but slow (~1 MB/s); for text in scripts that separate words with spaces the same count
// comes from one regex pass: runs of letters, marks and digits, less the joins UAX #29 makes inside a word
// ("don't", "U.S", "1,000.5"). Text in scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) still
// goes through the segmenter, which uses a dictionary there.

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
const NO_SPACES_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const RUN = /[\p{L}\p{M}\p{N}\p{Pc}]+/gu;
/** A character that joins two letters (MidLetter, MidNumLet) or two digits (MidNum, MidNumLet) into one word. */
const JOIN = /(?<=[\p{L}\p{M}])[.:'\u2019\u00B7](?=\p{L})|(?<=\p{N})[.,;'\u2019\u066B\u066C](?=\p{N})/gu;

/** Number of word-like segments in `text`. */
export function countWords(text: string): number {
  if (NO_SPACES_SCRIPT.test(text)) return countBySegmenter(text);
  return count(text, RUN) - count(text, JOIN);
}

/** The reference count, by Intl.Segmenter. */
export function countBySegmenter(text: string): number {
  let n = 0;
  for (const seg of segmenter.segment(text)) if (seg.isWordLike) n++;
  return n;
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}
