// Locating hits in a document's text: phrase checks, the passage a hit lands on, and a plain-text snippet with marks.

import type { Span } from '../../shared/model';
import { tokenize, type Token } from './terms';

const ASCII = /^[\x00-\x7f]*$/; // eslint-disable-line no-control-regex
const SNIPPET_CHARS = 220;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spans of `text` where the folded words of `phrase` occur in a row (punctuation and spacing between them ignored). */
export function findPhrase(text: string, phrase: string[], tokens?: Token[]): Span[] {
  if (phrase.length === 0) return [];
  if (!tokens && ASCII.test(text) && phrase.every((w) => ASCII.test(w))) {
    const re = new RegExp(`(?<![A-Za-z0-9])${phrase.map(escapeRe).join('[^A-Za-z0-9]+')}(?![A-Za-z0-9])`, 'gi');
    return [...text.matchAll(re)].map((m): Span => [m.index, m.index + m[0].length]);
  }
  const toks = tokens ?? tokenize(text);
  const out: Span[] = [];
  for (let i = 0; i + phrase.length <= toks.length; i++) {
    let k = 0;
    while (k < phrase.length && toks[i + k].term === phrase[k]) k++;
    if (k === phrase.length) out.push([toks[i].start, toks[i + k - 1].end]);
  }
  return out;
}

/** Every span of `text` matching one of `terms` (folded index terms) or one of `phrases`, sorted, not overlapping.
 * ASCII text takes one case-insensitive regular expression instead of a full tokenisation. */
export function findHits(text: string, terms: ReadonlySet<string>, phrases: string[][]): Span[] {
  const spans: Span[] = [];
  const ascii = ASCII.test(text) && [...terms].every((t) => ASCII.test(t));
  const tokens = ascii ? undefined : tokenize(text);
  for (const p of phrases) spans.push(...findPhrase(text, p, tokens));
  if (tokens) {
    for (const t of tokens) if (terms.has(t.term)) spans.push([t.start, t.end]);
  } else if (terms.size > 0) {
    const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
    const re = new RegExp(`(?<![A-Za-z0-9])(?:${alternatives})(?![A-Za-z0-9])`, 'gi');
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Span[] = [];
  for (const s of spans) if (out.length === 0 || s[0] >= out[out.length - 1][1]) out.push(s);
  return out;
}

/** The paragraph with the most distinct matched words (then the most hits, then the earliest). */
export function bestPassage(text: string, hits: Span[], paragraphs?: Span[]): Span {
  const paras = paragraphs && paragraphs.length > 0 ? paragraphs : splitLines(text);
  let best: Span = paras[0] ?? [0, text.length];
  let bestScore = -1;
  let h = 0;
  for (const p of paras) {
    while (h < hits.length && hits[h][1] <= p[0]) h++;
    const words = new Set<string>();
    let count = 0;
    for (let k = h; k < hits.length && hits[k][0] < p[1]; k++) {
      words.add(text.slice(hits[k][0], hits[k][1]).toLowerCase());
      count++;
    }
    const score = words.size * 1000 + count;
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best;
}

function splitLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push([start, start + line.length]);
    start += line.length + 1;
  }
  return out;
}

/** A plain-text excerpt of `passage` around its first hit, cut at word boundaries, with the hits as snippet ranges. */
export function makeSnippet(text: string, passage: Span, hits: Span[], maxChars = SNIPPET_CHARS): { snippet: string; marks: Span[] } {
  const inside = hits.filter((s) => s[0] >= passage[0] && s[1] <= passage[1]);
  let from = passage[0];
  let to = passage[1];
  if (to - from > maxChars) {
    const first = inside[0]?.[0] ?? from;
    from = Math.max(passage[0], first - Math.floor(maxChars / 4));
    if (from > passage[0]) from = wordStart(text, from, first);
    to = Math.min(passage[1], from + maxChars);
    if (to < passage[1]) to = wordEnd(text, to, from);
  }
  const lead = from > passage[0] ? '… ' : '';
  const tail = to < passage[1] ? ' …' : '';
  const marks = inside
    .filter((s) => s[0] >= from && s[1] <= to)
    .map((s): Span => [s[0] - from + lead.length, s[1] - from + lead.length]);
  return { snippet: lead + text.slice(from, to).trim() + tail, marks: shiftForTrim(text, from, marks) };
}

/** `trim()` may drop leading spaces of the slice: move marks left by as many characters. */
function shiftForTrim(text: string, from: number, marks: Span[]): Span[] {
  let n = 0;
  while (/\s/.test(text[from + n] ?? '')) n++;
  return n === 0 ? marks : marks.map((m): Span => [m[0] - n, m[1] - n]);
}

function wordStart(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) i++;
  return i;
}

function wordEnd(text: string, at: number, limit: number): number {
  let i = at;
  while (i > limit && /[\p{L}\p{N}]/u.test(text[i] ?? '')) i--;
  return i;
}
