// Per-article extraction: name mentions grouped into the article's people, with their roles and quotes.

import type { Attribution, Span } from '../../shared/model';
import { splitSentences } from '../text/sentences';
import { figureKeyOf, initialsOf } from './keys';
import { findNameMentions, type Candidate, type NameMention } from './mentions';
import { attributeQuotes, findQuotes } from './quotes';
import { roleAfter, roleAppositionBefore, roleBefore, type RoleSpan } from './roles';

/** One person as one article names them. JSON-serialisable. */
export interface LocalPerson {
  key: string; // figure key: "nawef|feres" for a full name, "feres" for a bare word
  keys: string[]; // the fullest key sequence seen
  initials: string[];
  full: boolean; // named with two or more words in this article
  late: boolean; // introduced as "the late ..."
  mentions: Array<{ start: number; end: number; text: string }>;
  roles: Attribution[];
  quotes: Attribution[];
}

export interface Extraction { people: LocalPerson[]; candidates: Candidate[] }

const isSubsequence = (small: string[], big: string[]) => {
  for (let i = 0; i + small.length <= big.length; i++) if (small.every((k, j) => big[i + j] === k)) return true;
  return false;
};

/** Group one article's mentions into people: full names by key, then bare or partial names to a full name. */
function groupMentions(mentions: NameMention[]): { people: LocalPerson[]; owner: number[] } {
  const people: LocalPerson[] = [];
  const owner: number[] = new Array(mentions.length).fill(-1);
  const byKey = new Map<string, number>();
  const newPerson = (m: NameMention, key: string, full: boolean): number => {
    people.push({ key, keys: m.keys, initials: initialsOf(m.words), full, late: false, mentions: [], roles: [], quotes: [] });
    byKey.set(key, people.length - 1);
    return people.length - 1;
  };
  const fulls = mentions.map((m, i) => (m.keys.length >= 2 ? i : -1)).filter((i) => i >= 0);
  // Longest names first, so that "Mohammed al-Faqir" can join "Mohammed Tahseen al-Faqir".
  for (const i of [...fulls].sort((a, b) => mentions[b].keys.length - mentions[a].keys.length || a - b)) {
    const m = mentions[i];
    const key = figureKeyOf(m.keys);
    const p = byKey.get(key) ?? newPerson(m, key, true);
    owner[i] = p;
    if (m.late) people[p].late = true;
  }
  // Merge full names that are a part of one longer name ("Tahseen al-Faqir" in "Mohammed Tahseen al-Faqir").
  for (const i of fulls) {
    const p = owner[i];
    const host = people.findIndex((q, j) => j !== p && q.keys.length > people[p].keys.length && isSubsequence(people[p].keys, q.keys));
    if (host >= 0 && people[p].keys.length < people[host].keys.length) owner[i] = host;
  }
  for (let i = 0; i < mentions.length; i++) {
    if (owner[i] >= 0) continue;
    const m = mentions[i];
    const hosts = people
      .map((q, j) => j)
      .filter((j) => people[j].full && !people[j].late && isSubsequence(m.keys, people[j].keys) && usedByOwner(owner, j));
    let target = -1;
    if (hosts.length === 1) target = hosts[0];
    else if (hosts.length > 1) {
      for (let k = i - 1; k >= 0 && target < 0; k--) if (hosts.includes(owner[k]) && mentions[k].keys.length >= 2) target = owner[k];
    }
    if (target < 0) {
      const key = m.keys.join(' ');
      target = byKey.get(key) ?? newPerson(m, key, false);
    }
    owner[i] = target;
  }
  mentions.forEach((m, i) => people[owner[i]].mentions.push({ start: m.start, end: m.end, text: m.text }));
  return { people, owner };
}

const usedByOwner = (owner: number[], j: number) => owner.includes(j);

function sentenceOf(sentences: Span[], at: number, until = at): Span {
  let s: Span | null = null;
  for (const sp of sentences) {
    if (sp[1] > at && sp[0] <= at) s = [sp[0], sp[1]];
    if (s && sp[0] <= until && sp[1] > s[1]) s = [s[0], sp[1]];
  }
  return s ?? [at, until];
}

/** Names, people, roles and quotes of one article's clean text. */
export function extractPeople(articleId: string, text: string): Extraction {
  const { mentions, rejected } = findNameMentions(text);
  const { people, owner } = groupMentions(mentions);
  const sentences = splitSentences(text);
  const attribution = (r: RoleSpan | { text: string; start: number; end: number }, until?: number): Attribution => ({
    text: r.text, articleId, start: r.start, end: r.end, sentence: sentenceOf(sentences, r.start, until ?? r.end),
  });
  mentions.forEach((m, i) => {
    const p = people[owner[i]];
    const before = [roleBefore(text, m.start), roleAppositionBefore(text, m.start)];
    for (const r of [...before, roleAfter(text, m.end)]) {
      if (!r || p.roles.some((x) => x.start === r.start && x.end === r.end)) continue;
      // A phrase before the name that holds another name is not this person's role ("the late president Hafez al-Assad, Fares").
      if (before.includes(r) && mentions.some((o) => o.start < r.end && o.end > r.start)) continue;
      p.roles.push(attribution(r));
    }
  });
  const quotes = findQuotes(text);
  const speakers = mentions.map((m, i) => ({ start: m.start, end: m.end, person: owner[i] }));
  const outside = speakers.filter((m) => !quotes.some((q) => m.start >= q.start && m.end <= q.end));
  const pronoun = (at: number): number | null => {
    const before = outside.filter((m) => m.end <= at);
    const last = before[before.length - 1];
    if (!last) return null;
    const [s, e] = sentenceOf(sentences, last.start);
    const inSentence = new Set(outside.filter((m) => m.start >= s && m.end <= e).map((m) => m.person));
    return inSentence.size === 1 ? last.person : null;
  };
  for (const q of attributeQuotes(text, quotes, speakers, pronoun)) {
    people[q.person].quotes.push(attribution({ text: text.slice(q.start, q.end), start: q.start, end: q.end }, q.clauseEnd));
  }
  return { people, candidates: rejected };
}
