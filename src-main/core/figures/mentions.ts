// Person mentions in one text: candidate chains scored on word classes and context, then propagated in the document.

import { findChains, type Chain } from './chains';
import {
  DETERMINERS, HONORIFICS, NON_PERSON_NOUNS, ORG_NAMES, ORG_WORDS, PLACE_HEADS, PLACE_PREPOSITIONS, PRONOUNS, REGIONS, ROLE_NOUNS,
  SPEECH_VERBS, TIME_WORDS, TITLES,
} from './cues';
import { fold, foldWord, isParticle, nameKeys } from './keys';
import { isPlace, wordClass } from './lexicon';
import { tokenize, type Token } from './tokens';

export interface NameMention {
  start: number;
  end: number;
  text: string;
  words: string[]; // the name's words as written ("Nawaf", "al-Fares")
  keys: string[]; // their transliteration keys, particles dropped
  title: string | null; // a title before the name ("President", "spokesman")
  late: boolean; // "the late president Hafez al-Assad"
  via: 'evidence' | 'document'; // found on its own evidence, or as a part of a name found elsewhere in the text
}

export interface Candidate { start: number; end: number; text: string; keys: string[] }

const bare = (t: Token | undefined) => (t ? t.bare : '');
const PUNCT_GAP = /[,.;:()"“”—–!?\n]/;
const INVERTED_SPEECH = new Set(['said', 'says', 'added', 'asked', 'wrote', 'replied', 'continued', 'explained',
  'insisted', 'warned', 'noted', 'recalled', 'declared']);

/** Score of a chain's own words: positive looks like a personal name. */
function wordScore(tokens: Token[], c: Chain): number {
  const words = tokens.slice(c.first, c.last + 1).filter((t) => !isParticle(t.text) || t.capital && t !== tokens[c.first]);
  const names = words.filter((t) => !t.initial && !t.suffix);
  if (names.length === 0) return -5;
  const cls = names.map((t) => wordClass(t.text));
  // one word with initials before it is a name written the South Indian way: "R. Selvaraj", "T. M. Kathiravan"
  if (names.length === 1 && words[0].initial) return { name: 2, unknown: 2, 'common-name': 1, common: -1, place: -2 }[cls[0]];
  // a regnal number or "Jr." after one word: "Charles III", "Leo XIV"
  if (names.length === 1 && words.some((t) => t.suffix)) return { name: 2, unknown: 2, 'common-name': 2, common: 0, place: -2 }[cls[0]];
  if (names.length === 1) return { name: 0, unknown: 0, 'common-name': -1, common: -3, place: -3 }[cls[0]];
  let s = { name: 2, unknown: 1, 'common-name': 1, common: -2, place: -2 }[cls[0]];
  s += { name: 1, unknown: 1, 'common-name': 0, common: -1, place: -1 }[cls[cls.length - 1]];
  for (let k = 1; k < cls.length - 1; k++) if (cls[k] === 'common' || cls[k] === 'place') s -= 1;
  if (words.some((t) => t.initial)) s += 1;
  if (words.some((t) => t.suffix)) s += 1; // "Martin Luther King Jr.
  if (isParticle(tokens[c.first].text) && tokens[c.first].capital && /^\p{L}+$/u.test(tokens[c.first].text)) s -= 2; // "Al Jazeera"
  return s;
}

/** Evidence from the words around the chain: titles, speech verbs, appositions, determiners. */
function contextScore(tokens: Token[], c: Chain): number {
  let s = 0;
  if (c.honorific) return 5;
  const prev = tokens[c.first - 1];
  const prevJoined = prev && !PUNCT_GAP.test(tokens[c.first].gap);
  const single = c.first === c.last;
  if (c.title) s += single && wordClass(tokens[c.first].text) === 'common' ? 0 : 3;
  else if (roleThroughPlace(tokens, c.first)) s += 3;
  else if (prevJoined) {
    const p = bare(prev);
    if (ROLE_NOUNS.has(p) || TITLES.has(p) || HONORIFICS.has(p)) s += 3;
    else if (NON_PERSON_NOUNS.has(p)) s -= 3;
    else if (DETERMINERS.has(p)) s -= 2;
    else if (PLACE_PREPOSITIONS.has(p)) s -= 1;
    if (INVERTED_SPEECH.has(p) && !DETERMINERS.has(bare(tokens[c.first - 2]))) s += 3; // "said Fares"
    if (namedTail(tokens, c.first)) s -= 3;
  }
  const next = tokens[c.last + 1];
  if (next && !PUNCT_GAP.test(next.gap)) {
    const n = bare(next);
    const n2 = bare(tokens[c.last + 2]);
    if (SPEECH_VERBS.has(n) || (/^(also|has|had|then|later|once|again|himself|herself)$/.test(n) && SPEECH_VERBS.has(n2))) {
      // "Diplomats in Idlib said": after a preposition the speaker is the noun before it, not the name
      const afterPreposition = prevJoined && (PREPOSITIONS.has(bare(prev)) || PLACE_PREPOSITIONS.has(bare(prev)));
      if (!(prevJoined && DETERMINERS.has(bare(prev))) && !afterPreposition) s += 3;
    }
  }
  if (next && /^\s*,\s*$/.test(next.gap)) s += appositionAfter(tokens, c.last + 1);
  if (prev && /^\s*,\s*$/.test(tokens[c.first].gap)) s += appositionBefore(tokens, c.first - 1);
  return s;
}

/**
 * The tail of a capitalised name joined by "of" / "for": "the Syrian Observatory for Human Rights", "Ministry of Foreign
 * Affairs", "Bank of England". Not after a title ("Secretary of State Hillary Clinton" is a person).
 */
function namedTail(tokens: Token[], first: number): boolean {
  const joiner = tokens[first - 1];
  const head = tokens[first - 2];
  if (!head || !/^(of|for)$/.test(bare(joiner)) || !head.capital || head.possessive || PUNCT_GAP.test(joiner.gap)) return false;
  const h = bare(head);
  return !(TITLES.has(h) || ROLE_NOUNS.has(h) || HONORIFICS.has(h));
}

/** ", the French foreign minister" (+), ", who" (+), ", the eastern city" (-) after a name. */
function appositionAfter(tokens: Token[], from: number): number {
  const first = bare(tokens[from]);
  if (first === 'who' || first === 'whose') return 3;
  if (/^(of|and|or|but|which|where|when|while|as|in|on|at|from|to|with|after|before|said|says)$/.test(first)) return 0;
  if (CLAUSE_STARTS.has(first)) return 0; // ", was understood to be in talks with officials": a clause, not an apposition
  for (let k = from; k < Math.min(tokens.length, from + 10); k++) {
    if (k > from && PUNCT_GAP.test(tokens[k].gap)) break;
    const w = bare(tokens[k]);
    if (tokens[k].possessive) continue; // "the ministry's spokeswoman": the possessor is not the head
    if (ROLE_NOUNS.has(w)) return 3;
    if (NON_PERSON_NOUNS.has(w)) return -3;
  }
  return 0;
}

/**
 * "Syria's ambassador to Iraq, Nawaf Fares": a role phrase, then a comma, before the name. The nearest role or
 * place noun decides, skipping place nouns inside a prepositional phrase ("an activist based in the city, X").
 */
function appositionBefore(tokens: Token[], to: number): number {
  for (let k = to; k >= 0 && k > to - 10; k--) {
    const w = bare(tokens[k]);
    const role = ROLE_NOUNS.has(w) && !tokens[k].possessive;
    if (role) return 2; // "survived by his wife, Folake": a role noun is one even inside a prepositional phrase
    if (NON_PERSON_NOUNS.has(w)) {
      const before = tokens.slice(Math.max(0, k - 3), k).map(bare);
      if (!before.some((b) => PREPOSITIONS.has(b))) return -2;
    }
    if (PUNCT_GAP.test(tokens[k].gap)) break;
  }
  return 0;
}

const PREPOSITIONS = new Set(['in', 'at', 'of', 'on', 'to', 'from', 'for', 'near', 'with', 'by', 'into', 'inside']);
/** Words that open a clause (a verb or an adverb), so what follows a comma is not an apposition of the name. */
const CLAUSE_STARTS = new Set(`was were is are has had have will would could can should may might must did does do
  said says told added also however then later meanwhile reportedly allegedly`.split(/\s+/));

/** "ambassador to Iraq Nawaf Fares": a role noun, a preposition and a place just before the name. */
function roleThroughPlace(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && tokens[k].capital && !tokens[k].possessive && !PUNCT_GAP.test(tokens[k + 1].gap)
    && (wordClass(tokens[k].text) === 'place' || REGIONS.has(bare(tokens[k])))) k--;
  if (k < 1 || k === first - 1 || PUNCT_GAP.test(tokens[k + 1].gap)) return false;
  return /^(to|of|for|in|at)$/.test(bare(tokens[k])) && ROLE_NOUNS.has(bare(tokens[k - 1]));
}

const LOWER_WORD = /(?<!\p{L})\p{Ll}\p{L}{3}/u;

/** Lines whose words are nearly all capitalised (headlines): capital letters say nothing there. */
function headingLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (LOWER_WORD.test(line)) { at += line.length + 1; continue; } // most lines: a lower-case word of four letters
    const words = line.match(/\p{L}{4,}/gu) ?? [];
    const lower = words.filter((w) => w[0] === w[0].toLowerCase()).length;
    if (words.length >= 3 && lower === 0 && !/[.!?]["”]?\s*$/.test(line)) out.push([at, at + line.length]);
    at += line.length + 1;
  }
  return out;
}

/**
 * The outlet a wire dateline credits: "BEIRUT, March 3 (Agence France-Presse) -", "NAIROBI (Reuters) -". Spans of the
 * credits in the text; a name there is an organisation.
 */
function datelineCredits(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /^[ \t]*\p{Lu}[\p{Lu}\p{M} .'’-]+(?:,[^\n()]{0,40})?\s\(([^()\n]{2,60})\)\s*[-–—]/gmu;
  for (const m of text.matchAll(re)) {
    const start = m.index + m[0].lastIndexOf(`(${m[1]})`) + 1;
    out.push([start, start + m[1].length]);
  }
  return out;
}

export function findNameMentions(text: string): { mentions: NameMention[]; rejected: Candidate[] } {
  const tokens = tokenize(text);
  const headings = headingLines(text);
  const inHeading = (pos: number) => headings.some(([s, e]) => pos >= s && pos < e);
  const credits = datelineCredits(text);
  const inCredit = (pos: number) => credits.some(([s, e]) => pos >= s && pos < e);
  const accepted: Array<{ c: Chain; via: NameMention['via'] }> = [];
  const rejected: Chain[] = [];
  const rest: Candidate[] = [];
  for (const c of findChains(tokens)) {
    const words = tokens.slice(c.first, c.last + 1);
    if (words.some((t) => ORG_WORDS.has(bare(t)) || t.text.includes('-') && ORG_WORDS.has(fold(t.text.slice(t.text.lastIndexOf('-') + 1))))
      || inCredit(words[0].start) || (words.length > 1 && PLACE_HEADS.has(bare(words[0]))) || holdsOrgName(words)) { rest.push(toCandidate(text, tokens, c)); continue; } // never a person
    if (words.length > 1 && isPlace(text.slice(words[0].start, words[words.length - 1].end))) continue; // "Addis Ababa"
    if (c.first === c.last && !c.honorific && (PRONOUNS.has(bare(words[0])) || TIME_WORDS.has(bare(words[0]))
      || REGIONS.has(bare(words[0])))) continue;
    const score = inHeading(tokens[c.first].start) ? -10 : wordScore(tokens, c) + contextScore(tokens, c);
    (score >= 2 ? accepted.push({ c, via: 'evidence' }) : rejected.push(c));
  }
  // Document-level propagation: a rejected chain that is part of an accepted name is that name ("Fares", "Assad").
  const known = new Set<string>();
  const knownAlone = new Set<string>();
  const acceptedWords = new Set<string>(); // as written: a place matches a name's word only so ("Rome" is not "Rima")
  for (const { c } of accepted) {
    const keys = nameKeys(tokens.slice(c.first, c.last + 1).map((t) => t.text));
    const single = keys.length < 2 && !c.honorific && !c.title && !tokens[c.first].initial;
    // a one-word name found on its own evidence ("it follows Hélène, a widowed translator") names the same word
    // standing alone elsewhere, if it is no dictionary word or place
    if (single && c.first === c.last && /^(?:name|unknown)$/.test(wordClass(tokens[c.first].text))) knownAlone.add(keys.join(' '));
    if (single) continue;
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j <= keys.length; j++) known.add(keys.slice(i, j).join(' '));
    for (let k = c.first; k <= c.last; k++) acceptedWords.add(foldWord(tokens[k].text));
  }
  const placeNotInName = (from: number, to: number) => {
    for (let k = from; k <= to; k++) if (wordClass(tokens[k].text) === 'place' && !acceptedWords.has(foldWord(tokens[k].text))) return true;
    return false;
  };
  for (const c of rejected) {
    let i = c.first;
    while (i <= c.last) {
      let best = -1;
      for (let j = c.last; j >= i; j--) {
        // one word that only opens a longer chain is not the name: "Kafr Nurgor" beside an accepted "Kafr Sousa"
        if (j === i && j < c.last) break;
        const k = nameKeys(tokens.slice(i, j + 1).map((t) => t.text));
        const alone = c.first === c.last && knownAlone.has(k.join(' '));
        if (k.length && (known.has(k.join(' ')) || alone) && !placeNotInName(i, j)) { best = j; break; }
      }
      if (best >= 0) { accepted.push({ c: { first: i, last: best, honorific: false, title: i === c.first ? c.title : null }, via: 'document' }); i = best + 1; }
      else i++;
    }
    if (!accepted.some(({ c: a }) => a.first >= c.first && a.last <= c.last)) rest.push(toCandidate(text, tokens, c));
  }
  accepted.sort((x, y) => tokens[x.c.first].start - tokens[y.c.first].start);
  rest.sort((x, y) => x.start - y.start);
  return { mentions: accepted.map(({ c, via }) => toMention(text, tokens, c, via)), rejected: rest };
}

/** True when some run of two or more of the words is a listed organisation or team ("Goldman Sachs"). */
function holdsOrgName(words: Token[]): boolean {
  if (words.length < 2) return false;
  const folded = words.map(bare);
  for (let i = 0; i < folded.length - 1; i++) {
    for (let j = i + 2; j <= Math.min(folded.length, i + 3); j++) if (ORG_NAMES.has(folded.slice(i, j).join(' '))) return true;
  }
  return false;
}

function toCandidate(text: string, tokens: Token[], c: Chain): Candidate {
  const start = tokens[c.first].start;
  const end = tokens[c.last].end;
  return { start, end, text: text.slice(start, end), keys: nameKeys(tokens.slice(c.first, c.last + 1).map((t) => t.text)) };
}

function toMention(text: string, tokens: Token[], c: Chain, via: NameMention['via']): NameMention {
  const words = tokens.slice(c.first, c.last + 1).map((t) => t.text);
  const before = tokens.slice(Math.max(0, c.first - 3), c.first).map(bare);
  return {
    ...toCandidate(text, tokens, c), words, title: c.title ?? titleBefore(tokens, c.first), via,
    late: before.includes('late') && !PUNCT_GAP.test(tokens.slice(Math.max(1, c.first - 2), c.first + 1).map((t) => t.gap).join('')),
  };
}

function titleBefore(tokens: Token[], first: number): string | null {
  const p = tokens[first - 1];
  if (!p || PUNCT_GAP.test(tokens[first].gap)) return null;
  const w = bare(p);
  return TITLES.has(w) || ROLE_NOUNS.has(w) || HONORIFICS.has(w) ? p.text : null;
}
