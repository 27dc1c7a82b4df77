// Date expressions in an article, found with chrono-node and turned into reference-free rules (see DateRule).
// Only sentences with a date-like word go through chrono, which keeps a 10,000-article notebook affordable.

import * as chrono from 'chrono-node';
import type { Span } from '../../shared/model';
import type { DateExpression, DateRule } from './types';

/** chrono parses against this fixed instant; relative results are stored as offsets from it (a Wednesday, noon UTC). */
const PARSE_REF = new Date(Date.UTC(2020, 5, 17, 12));
const DAY = 86_400_000;

/** A cheap test for sentences that may hold a date: month or weekday names, relative words, a year. */
const DATEISH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tomorrow|tonight|week|weeks|month|months|year|years|ago)\b|\b(?:19|20)\d\d\b/i;

/** Words before a date, in the same clause and outside quotes, that look ahead: "will meet on Monday" is the next one. */
const LOOKS_AHEAD = /\b(?:will|shall|next|coming|upcoming|scheduled|due to|plans? to|expected to)\b[^.;!?"“”]*$/i;

/** chrono's casual English parser, plus bare years after a preposition ("in 2001", "since 2009"), which it skips. */
const parser = chrono.casual.clone();
parser.parsers.push({
  pattern: () => /\b(?:in|since|until|till|by|during|from|early|late|mid-?)\s+((?:19|20)\d\d)\b(?![-\d])/i,
  extract: (_ctx, match) => ({ year: Number(match[1]) }),
});

/** What chrono reads in one sentence, offsets relative to it: a function of the sentence's words alone. */
export type SentenceDates = { index: number; phrase: string; rule: DateRule }[];

/**
 * The date expressions of `text` in the given sentences. `memo` (sentence words -> what they hold) may be shared
 * between texts with sentences in common, such as an article and its original file: each is read once.
 */
export function extractDateExpressions(text: string, sentences: Span[], memo?: Map<string, SentenceDates>): DateExpression[] {
  const out: DateExpression[] = [];
  for (const [s, e] of sentences) {
    const sentence = text.slice(s, e);
    if (!DATEISH.test(sentence)) continue;
    let found = memo?.get(sentence);
    if (!found) {
      found = readSentence(sentence);
      memo?.set(sentence, found);
    }
    for (const { index, phrase, rule } of found) {
      out.push({ start: s + index, end: s + index + phrase.length, text: phrase, sentence: [s, e], sentenceText: sentence, rule });
    }
  }
  return out;
}

function readSentence(sentence: string): SentenceDates {
  const out: SentenceDates = [];
  for (const r of parser.parse(sentence, { instant: PARSE_REF, timezone: 0 })) {
    const rule = ruleOf(r, LOOKS_AHEAD.test(sentence.slice(0, r.index)));
    if (rule) out.push({ index: r.index, phrase: r.text.replace(/[\s,.;:]+$/, ''), rule });
  }
  return out;
}

/** The rule a chrono result stands for; null for what is not a calendar date ("now", "afternoon", "lowercase may"). */
export function ruleOf(r: chrono.ParsedResult, ahead = false): DateRule | null {
  const c = r.start;
  const text = r.text.trim().toLowerCase();
  const tags = c.tags();
  if (tags.has('casualReference/now') || text === 'now') return null;
  const known = (k: chrono.Component) => c.isCertain(k);
  const relative = tags.has('result/relativeDate') || [...tags].some((t) => t.startsWith('casualReference/')) || /\b(?:this|last|next|past|ago|yesterday|today|tomorrow|tonight|coming|previous)\b/.test(text);
  if (relative) {
    if (known('day')) {
      const days = Math.round((utcDay(c.date()) - utcDay(PARSE_REF)) / DAY);
      if (/\bweeks?\b/.test(text)) return { kind: 'relative', unit: 'week', amount: Math.round(days / 7) };
      return { kind: 'relative', unit: 'day', amount: days };
    }
    if (known('month') && known('year')) {
      const d = c.date();
      return { kind: 'relative', unit: 'month', amount: (d.getUTCFullYear() - PARSE_REF.getUTCFullYear()) * 12 + d.getUTCMonth() - PARSE_REF.getUTCMonth() };
    }
    if (known('year')) return { kind: 'relative', unit: 'year', amount: c.date().getUTCFullYear() - PARSE_REF.getUTCFullYear() };
    if (known('weekday') && !known('month')) return { kind: 'weekday', weekday: c.get('weekday')!, forward: ahead || /\b(?:next|coming)\b/.test(text) };
    return null;
  }
  if (known('year')) {
    const rule: DateRule = { kind: 'absolute', year: c.get('year')! };
    if (known('month')) rule.month = c.get('month')!;
    if (known('month') && known('day')) rule.day = c.get('day')!;
    return rule;
  }
  if (known('month')) {
    if (!/^(?:on |in |by |until |since |early |late |mid-?)?[A-Z]/.test(r.text.trim())) return null; // "they may go"
    return known('day') ? { kind: 'month', month: c.get('month')!, day: c.get('day')!, forward: ahead } : { kind: 'month', month: c.get('month')!, forward: ahead };
  }
  if (known('weekday')) return { kind: 'weekday', weekday: c.get('weekday')!, forward: ahead };
  return null;
}

function utcDay(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}
