// Word tokens with UTF-16 offsets, possessives split off, and what separates each word from the one before it.

import { TITLE_ABBREVIATIONS } from './cues';
import { fold, isNameSuffix } from './keys';

export interface Token {
  start: number;
  end: number; // exclusive; a possessive "'s" is not included
  text: string;
  possessive: boolean; // "Fares's", "Assad’s"
  capital: boolean; // starts with a capital, or a particle + capital ("al-Assad")
  initial: boolean; // "W.", "J.K."
  acronym: boolean; // "UN", "BBC", "U.S."
  suffix: boolean; // a generational suffix or regnal number after a name: "Jr.", "Sr.", "II", "XIV"
  /** The word folded (lower case, no diacritics) without a final full stop, as cue-word lists hold it. */
  bare: string;
  /** True when capitalisation says nothing here: sentence or line start, after a quote mark, colon or dash. */
  openPosition: boolean;
  /** The characters between the previous token and this one. */
  gap: string;
}

const WORD =
  /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s)|\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
const PARTICLE_CAPITAL = /^(?:al|el|ul|ad|ar|as|ash|at|az|an|ed|bin|ibn|bint|abu|d|o)['’-]\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    let word = m[0];
    const upper = word[0] !== word[0].toLowerCase();
    let possessive = false;
    const last = word.charCodeAt(word.length - 1);
    const apostropheS = (last === 115 || last === 83) && word.length > 2 && (word[word.length - 2] === "'" || word[word.length - 2] === '’');
    if (apostropheS) { word = word.slice(0, -2); possessive = true; }
    else if (upper && last === 115 && (text[start + word.length] === "'" || text[start + word.length] === '’')
      && /\s/.test(text[start + word.length + 1] ?? ' ')) {
      possessive = true; // "Reuters' report": a bare apostrophe after a capitalised word ending in s
    }
    const gap = text.slice(prevEnd, start);
    const prev = out[out.length - 1];
    const afterName = !!prev && prev.capital && !prev.possessive && /^[ \t\u00a0]+$/.test(gap);
    const suffix = afterName && isNameSuffix(word);
    if (suffix && /^[JS]r$/.test(word) && text[start + word.length] === '.') word += '.'; // "Jr." keeps its full stop
    const end = start + word.length;
    let initial = false;
    let acronym = false;
    let capital = upper;
    if (suffix) {
      // neither an acronym nor an initial: it only ends the name before it
    } else if (upper) {
      if (word.length <= 4 && word.includes('.')) initial = /^(?:\p{Lu}\.)+$/u.test(word) && !/^(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.)$/.test(word);
      acronym = !initial && word.length > 1 && (word === word.toUpperCase() && /^\p{Lu}[\p{Lu}\d.]+$/u.test(word));
    } else if (word.length > 3 && (word.includes('-') || word.includes("'") || word.includes('’'))) {
      capital = PARTICLE_CAPITAL.test(word);
    }
    out.push({ start, end, text: word, bare: bareOf(word), possessive, capital, initial, acronym, suffix, openPosition: capital && isOpen(text, start), gap });
    prevEnd = apostropheS ? end + 2 : end;
  }
  return out;
}

const bareOf = (word: string) => { const f = fold(word); return f.endsWith('.') ? f.slice(0, -1) : f; };

/** A full stop after a title abbreviation, "Jr", "St", "Mt", "Ft" or an initial does not open a sentence. */
const ABBREVIATION_BEFORE = new RegExp(`(?:^|[\\s(])(?:${[...TITLE_ABBREVIATIONS, 'jr', 'sr', 'st', 'mt', 'ft']
  .map((a) => a[0].toUpperCase() + a.slice(1)).join('|')}|\\p{Lu})\\.$`, 'u');

function isOpen(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ' ' || c === '\t') continue;
    if (c === '\n' || c === '\r') return true;
    if ('"“”\'‘(['.includes(c)) {
      if (i === 0 || /\s/.test(text[i - 1])) return true; // an opening quote starts a clause
      continue; // a closing quote: what comes before it decides
    }
    if (c === '.') return !ABBREVIATION_BEFORE.test(text.slice(Math.max(0, i - 6), i + 1));
    return '!?:;—–-|•'.includes(c);
  }
  return true;
}
