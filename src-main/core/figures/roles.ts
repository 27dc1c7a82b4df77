// Roles the text gives a named person: titles before the name and appositions after or before it.

import { REGIONS, ROLE_NOUNS, TITLES } from './cues';
import { isCommonWord, wordClass } from './lexicon';
import { fold } from './keys';

export interface RoleSpan { text: string; start: number; end: number }

const MODIFIERS = new Set(`the a an one former late deputy acting senior top chief foreign interior defence defense
  prime vice assistant executive national security general honorary military political interim then current
  outgoing new founding permanent special`.split(/\s+/));
const WORD_BEFORE = /([\p{L}\p{M}][\p{L}\p{M}'’.-]*)([ \t\u00a0]+)$/u;
const isRoleWord = (w: string) => {
  const f = fold(w).replace(/['’]s$/, '');
  return ROLE_NOUNS.has(f) || TITLES.has(f);
};
const isLinkWord = (w: string) => /^(to|of|for|in|at|the)$/.test(w);

/** "White House spokesman", "former ambassador to Iraq", "Germany's UN ambassador" just before a name. */
export function roleBefore(text: string, start: number): RoleSpan | null {
  const words: Array<{ w: string; s: number }> = [];
  let at = start;
  while (words.length < 8) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (!m) break;
    const s = at - m[0].length;
    words.unshift({ w: m[1], s });
    at = s;
  }
  let r = -1;
  let place = false; // only "to Iraq" (a link word and a place) may stand between the role and the name
  for (let k = words.length - 1; k >= 0 && k >= words.length - 4; k--) {
    const w = words[k].w;
    if (isRoleWord(w) && (k === words.length - 1 || place)) { r = k; break; }
    if (wordClass(w) === 'place' || REGIONS.has(fold(w))) place = true;
    else if (!(isLinkWord(w) && place)) return null;
  }
  if (r < 0) return null;
  let l = r;
  while (l > 0 && extendsLeft(text, words[l - 1].w, words[l - 1].s)) l--;
  while (l < r && /^(the|a|an)$/i.test(words[l].w)) l++;
  const s = words[l].s;
  const e = trimEnd(text, s, start);
  return e > s ? { text: text.slice(s, e), start: s, end: e } : null;
}

/** ", the French foreign minister," after a name (or ", who had been charge d'affaires,"). */
export function roleAfter(text: string, end: number): RoleSpan | null {
  const m = /^(?:['’]s)?,\s+(?:who (?:is|was|has been|had been|became|served as) )?/.exec(text.slice(end, end + 30));
  if (!m) return null;
  const s = end + m[0].length;
  const stop = /[,.;:()\[\]"“”—–\n]|\s-\s|\s(?:who|which|(?:and\s)?(?:has|had|have|is|was|were|are|will|would|said|says|told))\s/g;
  stop.lastIndex = 0;
  const rest = text.slice(s, s + 160);
  const cut = stop.exec(rest);
  const phrase = rest.slice(0, cut ? cut.index : rest.length);
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 16) return null;
  if (/^(said|says|told|added|and|or|but|of|in|on|at|from|to|with|has|had|is|was)$/i.test(words[0])) return null;
  if (!words.slice(0, 7).some(isRoleWord)) return null;
  const e = trimEnd(text, s, s + phrase.length);
  return { text: text.slice(s, e), start: s, end: e };
}

/** "Syria's ambassador to Iraq, Nawaf Fares": the role phrase ending at the comma before a name. */
export function roleAppositionBefore(text: string, start: number): RoleSpan | null {
  const m = /(?:,| [-–—])[ \t\u00a0]+$/.exec(text.slice(Math.max(0, start - 4), start));
  if (!m) return null;
  const commaAt = start - m[0].length;
  let from = commaAt;
  while (from > 0 && !/[,.;:()\[\]"“”—–\n!?]/.test(text[from - 1]) && commaAt - from < 120) from--;
  const clause = text.slice(from, commaAt);
  const words = [...clause.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu)];
  let r = -1;
  for (let k = words.length - 1; k >= 0; k--) {
    if (isRoleWord(words[k][0])) {
      const before = words.slice(Math.max(0, k - 3), k).map((w) => fold(w[0]));
      if (!before.some((b) => /^(in|at|of|on|to|from|for|near)$/.test(b))) { r = k; break; }
    }
  }
  if (r < 0) return null;
  let l = r;
  while (l > 0 && extendsLeft(text, words[l - 1][0], from + words[l - 1].index)) l--;
  const s = from + words[l].index;
  return { text: text.slice(s, commaAt), start: s, end: commaAt };
}

/** May the word before a role phrase join it? Capitalised words, modifiers and roles, but not a sentence opener. */
function extendsLeft(text: string, w: string, at: number): boolean {
  if (MODIFIERS.has(fold(w)) || isRoleWord(w)) return true;
  if (!/^\p{Lu}/u.test(w)) return false;
  const before = text.slice(Math.max(0, at - 3), at);
  const opener = at === 0 || /(?:^|[.!?:\n]["”]?)\s*$/.test(before);
  return !(opener && isCommonWord(w.replace(/['’]s$/, '')));
}

function trimEnd(text: string, s: number, e: number): number {
  while (e > s && /[\s,]/.test(text[e - 1])) e--;
  return e;
}
