// Sentence splitting over clean text: returns [start, end) spans, trimmed, that never cut after a title or initial.

import type { Span } from '../../shared/model';

/** Words after which a full stop does not end a sentence (titles, common abbreviations). */
const NO_BREAK_AFTER = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'rev', 'st', 'sen', 'rep', 'gov',
  'pres', 'amb', 'messrs', 'jr', 'sr', 'vs', 'etc', 'inc', 'co', 'corp', 'ltd', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m',
]);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Spans of the sentences of `text` between `from` and `to` (a paragraph, say), trimmed of surrounding space. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let pendingStart = -1;
  for (const seg of segmenter.segment(text.slice(from, to))) {
    const segStart = from + seg.index;
    const segEnd = segStart + seg.segment.length;
    if (pendingStart < 0) pendingStart = segStart;
    if (segEnd < to && endsWithNoBreakWord(text, segStart, segEnd)) continue;
    pushTrimmed(text, pendingStart, segEnd, out);
    pendingStart = -1;
  }
  if (pendingStart >= 0) pushTrimmed(text, pendingStart, to, out);
  return out;
}

function endsWithNoBreakWord(text: string, start: number, end: number): boolean {
  const m = /(?:^|[\s("'])([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.\s*$/.exec(text.slice(Math.max(start, end - 24), end));
  if (!m) return false;
  const word = m[1].toLowerCase();
  return NO_BREAK_AFTER.has(word) || word.length === 1; // a single letter: an initial ("George W. Bush")
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push([start, end]);
}
