// Runs of capitalised words (with name particles and initials) that may name a person, titles stripped off.

import { DETERMINERS, FUNCTION_WORDS, HONORIFICS, REGIONS, ROLE_NOUNS, TIME_WORDS, TITLE_ABBREVIATIONS, TITLES } from './cues';
import { isParticle, nameKeys } from './keys';
import { wordClass } from './lexicon';
import type { Token } from './tokens';

export interface Chain {
  first: number; // index of the first name token
  last: number; // index of the last name token (inclusive)
  honorific: boolean; // "Mr", "Dr" stood before the name
  title: string | null; // "President", "Secretary General": titles stripped from the front
}

const SPACE_ONLY = /^[ \t\u00a0]+$/;
const bare = (t: Token) => t.bare;

/** An abbreviated title or honorific and its full stop: "Gen. Moore", "Brig. Gen.", "Dr. Smith", "Lt. Col.". */
const ABBREVIATED = /^\.[ \t\u00a0]+$/;
/** Only true abbreviations: "King." or "Pope." ending a sentence is a full stop ("... said the King. Crowds ..."). */
const isAbbreviatedTitle = (t: Token) => TITLE_ABBREVIATIONS.has(bare(t));

/** Can token `i` continue a name that token `i - 1` is part of? */
function joins(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i];
  const gapOk = SPACE_ONLY.test(t.gap) || (ABBREVIATED.test(t.gap) && isAbbreviatedTitle(prev));
  // "Jr." holds its full stop, which may end the sentence too: nothing joins after it ("Edward VII Hospital" does)
  if (prev.possessive || prev.acronym || t.acronym || prev.suffix && prev.text.endsWith('.') || !gapOk) return false;
  return t.capital || t.initial || (isParticle(t.text) && t.text === t.text.toLowerCase());
}

/** Split the text's tokens into raw chains: maximal runs that `joins` allows, starting at a capital or particle. */
function rawRuns(tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const startable = (t.capital || t.initial) && !t.acronym && !t.suffix;
    const particleStart = !t.capital && isParticle(t.text) && i + 1 < tokens.length && joins(tokens, i + 1);
    if (!startable && !particleStart) { i++; continue; }
    let j = i;
    while (j + 1 < tokens.length && joins(tokens, j + 1)) j++;
    while (j > i && isParticle(tokens[j].text) && !tokens[j].capital) j--; // no trailing particle
    if (particleStart && !tokens.slice(i, j + 1).some((x) => x.capital)) { i = j + 1; continue; }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/** Split a run where a word repeats the one before it ("Bashar al-Assad Assad" is two mentions). */
function splitRepeats(tokens: Token[], [a, b]: [number, number]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = a;
  for (let i = a + 1; i <= b; i++) {
    const k1 = nameKeys([tokens[i - 1].text])[0];
    if (k1 && k1 === nameKeys([tokens[i].text])[0]) { out.push([s, i - 1]); s = i; }
  }
  out.push([s, b]);
  return out;
}

/** A title or role word, hyphenated ones by their head: "Commander-in-Chief", "Vice-Admiral", "Director-General". */
const isTitle = (t: Token) => {
  const b = bare(t);
  if (TITLES.has(b) || ROLE_NOUNS.has(b)) return true;
  const dash = b.indexOf('-');
  return dash > 0 && !isParticle(b.slice(0, dash)) && (TITLES.has(b.slice(0, dash)) || ROLE_NOUNS.has(b.slice(0, dash)));
};
/**
 * A word that may stand before a title without being a name: "South Korean President", "European Commission
 * President", "Punjab Chief Minister", "Defence Minister". Only a listed personal name may not ("John Major").
 */
const beforeTitle = (t: Token) => wordClass(t.text) !== 'name' || t.acronym || REGIONS.has(bare(t));
/** A dictionary word or place, never a name: "State" of "Secretary of State Hillary Clinton", unlike "Condoleezza". */
const plainWord = (t: Token) => {
  const c = wordClass(t.text);
  return c !== 'name' && c !== 'unknown' || t.acronym || REGIONS.has(bare(t));
};

/** Strip honorifics, titles, places and sentence-opening common words from the front of a run. */
function stripFront(tokens: Token[], [a, b]: [number, number]): Chain | null {
  let honorific = false;
  const titleWords: string[] = [];
  let i = a;
  for (let changed = true; changed && i <= b;) {
    changed = false;
    // Titles, as long as everything before them is a title or a plain word:
    // "UN Secretary General Ban Ki-moon", "Foreign Minister Sergei Lavrov", "Syrian President Bashar al-Assad".
    let lastTitle = -1;
    for (let k = i; k < b; k++) {
      if (HONORIFICS.has(bare(tokens[k])) || isTitle(tokens[k])) lastTitle = k;
      else if (!beforeTitle(tokens[k])) break;
    }
    if (lastTitle >= i) {
      for (let k = i; k <= lastTitle; k++) {
        if (HONORIFICS.has(bare(tokens[k]))) honorific = true;
        else if (isTitle(tokens[k]) || titleWords.length || !tokens[k].openPosition) titleWords.push(tokens[k].text);
      }
      i = lastTitle + 1;
      changed = true;
      continue;
    }
    // After "Secretary of" / "Minister of", the portfolio belongs to the title: "Secretary of State Hillary Clinton".
    if (i === a && a >= 2 && bare(tokens[a - 1]) === 'of' && isTitle(tokens[a - 2])) {
      while (i < b && plainWord(tokens[i])) { titleWords.push(tokens[i++].text); changed = true; }
      if (changed) continue;
    }
    // Openers, days, months and places in front of a name: "Meanwhile Ian Pannell", "Iraq Nawaf Fares".
    if (i < b && !honorific) {
      const t = tokens[i];
      const c = wordClass(t.text);
      const afterDeterminer = i === a && a > 0 && DETERMINERS.has(bare(tokens[a - 1]));
      const drop = c === 'place' || TIME_WORDS.has(bare(t)) || REGIONS.has(bare(t)) || FUNCTION_WORDS.has(bare(t))
        || (c === 'common' && (t.openPosition || afterDeterminer));
      if (drop) { i++; changed = true; }
    }
  }
  if (i > b) return null;
  return { first: i, last: b, honorific, title: titleWords.length ? titleWords.join(' ') : null };
}

/** All candidate chains of a text's tokens, in text order. */
export function findChains(tokens: Token[]): Chain[] {
  const out: Chain[] = [];
  for (const run of rawRuns(tokens)) {
    for (const part of splitRepeats(tokens, run)) {
      const c = stripFront(tokens, part);
      if (c) out.push(c);
    }
  }
  return out;
}
