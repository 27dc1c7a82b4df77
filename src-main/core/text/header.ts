// Recognisers for the top of a news text: headline, kicker, byline, dateline and photo or video captions.

import * as chrono from 'chrono-node';
import { splitSentences } from './sentences';

const MAX_HEADLINE_WORDS = 24;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** A short single sentence without a closing full stop: how headlines are written. */
export function isHeadlineLike(p: string): boolean {
  const n = wordCount(p);
  if (n < 2 || n > MAX_HEADLINE_WORDS || p.length > 200) return false;
  if (/[.,;:]["']?$/.test(p) && !/\.\.\.$/.test(p)) return false;
  return splitSentences(p).length === 1;
}

/** Equality that ignores case, spacing and punctuation (a headline repeated with different quotes or caps). */
export function sameLine(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return key(a) === key(b) && key(a) !== '';
}

const BYLINE = /^(?:by|written by|words by|reporting by)\s+(.+)$/i;
const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*|and|&|de|da|van|von|al|el|bin|ibn|le|la|du|of)$/u;

/** The author named by a byline line ("By Ian Pannell, BBC News, Aleppo" -> "Ian Pannell"), or null. */
export function parseByline(p: string): string | null {
  if (p.length > 120) return null;
  const m = BYLINE.exec(p.trim());
  if (!m) return null;
  const name = m[1].split(/\s*(?:,|\||\s[-–—]\s|\bin\s+[A-Z])/)[0].trim();
  const ws = name.split(/\s+/);
  if (ws.length < 2 || ws.length > 8 || !ws.every((w) => NAME_WORD.test(w))) return null;
  return name;
}

const DATE_WORD =
  /^(?:\d{1,4}(?:st|nd|rd|th)?[,.]?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[,.]?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*[,.]?|\d{4}-\d\d-\d\d(?:t[\d:.z+-]*)?|\d{1,2}[:.]\d\d(?:[ap]m)?|[ap]\.?m\.?|gmt|utc|bst|edt|est|cet|published:?|updated:?|last|posted:?|on|at|-|–|—|\|)$/i;

/** ISO date (YYYY-MM-DD) of a line that is only a date stamp ("Published: 25 July 2012 14:02 GMT"), or null. */
export function parseDateline(p: string): string | null {
  if (p.length > 90 || !/\b(?:19|20)\d\d\b/.test(p)) return null;
  const ws = p.split(/\s+/);
  const other = ws.filter((w) => !DATE_WORD.test(w)).length;
  if (other > 2) return null;
  return firstDate(p);
}

/** A line made only of date and time words naming a month ("3 September", "Tue, 3 July 14:02"), year or not. */
export function isDateStamp(p: string): boolean {
  if (p.length > 60 || !/[a-z]{3}|\d{4}-\d\d/i.test(p)) return false;
  return /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{4}-\d\d/i.test(p) && p.split(/\s+/).every((w) => DATE_WORD.test(w));
}

/** The first fully specified calendar date in `s` as YYYY-MM-DD, read with chrono-node, or null. */
export function firstDate(s: string): string | null {
  for (const r of chrono.parse(s)) {
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${c.get('year')}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
  }
  return null;
}

/** Verbs of a scene described in the present tense, as photo captions are written (case-sensitive: "March"). */
const PHOTO_VERB = new RegExp(
  `\\b(?:${[
    'hold', 'stand', 'gesture', 'look', 'walk', 'wave', 'sit', 'pose', 'chant', 'shout', 'attend', 'arrive', 'speak',
    'listen', 'smile', 'gather', 'march', 'ride', 'inspect', 'shake', 'wade', 'flee', 'queue', 'mourn', 'pray',
    'protest', 'rally', 'watch', 'wait', 'cross', 'celebrate', 'search', 'carry', 'carrie', 'pass', 'drive', 'shelter',
    'react', 'weep', 'hug', 'embrace', 'kneel', 'salute', 'survey', 'clear', 'sift', 'run', 'greet', 'address', 'leave',
  ].join('|')})(?:s|es|ing)?\\b|\\b(?:is|are) (?:seen|pictured|shown)\\b|\\bpictured\\b`,
);
const PHOTO_DATE = /\b(?:on|in)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\.?$/i;

/**
 * Whether `p` reads like the caption of a photo: one present-tense sentence describing a scene ("An anti-government
 * protestor holds a flag outside the embassy ... on February 4, 2012."). `isolated` says the layout sets it apart
 * (extra blank lines, or it sits between the headline and the body); without that, a closing date is required too.
 */
export function isPhotoCaption(p: string, isolated: boolean): boolean {
  if (wordCount(p) > 45 || /^["']/.test(p) || !PHOTO_VERB.test(p)) return false;
  if (!(PHOTO_DATE.test(p) || (isolated && /\b(?:19|20)\d\d\.?$/.test(p)))) return false;
  return splitSentences(p).length === 1;
}
