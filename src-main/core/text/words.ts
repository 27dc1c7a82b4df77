// Word counting for article summaries: Unicode-aware (Intl.Segmenter), so Arabic or accented words count as one.

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Number of word-like segments in `text`. */
export function countWords(text: string): number {
  let n = 0;
  for (const seg of segmenter.segment(text)) if (seg.isWordLike) n++;
  return n;
}
