// Cross-article resolution: one figure per person by name key, curation decisions re-applied, stable ids.

import type { Attribution, Decision, Figure, Mention } from '../../shared/model';
import { figureIdOf, nameKeys } from './keys';
import type { LocalPerson } from './extract';
import type { Candidate } from './mentions';
import { variantKey } from './variants';
import { suggestMerges, type MergeSuggestion } from './suggest';

export interface ArticleExtraction {
  articleId: string;
  version: string;
  people: LocalPerson[];
  candidates: Candidate[]; // capitalised phrases not taken for people, for figures added by hand
}

export interface Analysis { figures: Figure[]; mentions: Mention[]; suggestions: MergeSuggestion[] }

interface Group {
  id: string;
  keys: string[]; // fullest key sequence
  full: boolean;
  origin: 'auto' | 'manual';
  mentions: Mention[];
  roles: Attribution[];
  quotes: Attribution[];
  name?: string; // set by a rename or an add
  extraAliases: string[];
  hidden: boolean;
  formerIds: string[];
}

const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean);

/** The id a local person gets: from its key, so that it is the same in every analysis. */
export function personId(p: LocalPerson): string {
  return p.full ? figureIdOf(p.key) : 'p-' + p.keys.join('_');
}

/**
 * Extractions read one article at a time in notebook order, so that a whole notebook's need not be in memory as
 * objects at once. `candidates` is asked for only when a figure was added by hand.
 */
export interface ExtractionSource {
  ids: readonly string[];
  people(articleId: string): LocalPerson[] | undefined;
  candidates(articleId: string): Candidate[];
}

export function resolveFigures(extractions: ArticleExtraction[], decisions: Decision[]): Analysis {
  const byId = new Map(extractions.map((e) => [e.articleId, e]));
  return resolveFrom({
    ids: extractions.map((e) => e.articleId),
    people: (id) => byId.get(id)?.people,
    candidates: (id) => byId.get(id)?.candidates ?? [],
  }, decisions);
}

export function resolveFrom(source: ExtractionSource, decisions: Decision[]): Analysis {
  const groups = new Map<string, Group>();
  const group = (id: string, keys: string[], full: boolean): Group => {
    let g = groups.get(id);
    if (!g) {
      g = { id, keys, full, origin: 'auto', mentions: [], roles: [], quotes: [], extraAliases: [], hidden: false, formerIds: [] };
      groups.set(id, g);
    }
    if (keys.length > g.keys.length) g.keys = keys;
    g.full ||= full;
    return g;
  };
  for (const articleId of source.ids) {
    for (const p of source.people(articleId) ?? []) {
      const g = group(personId(p), p.keys, p.full);
      for (const m of p.mentions) g.mentions.push({ figureId: g.id, articleId, ...m });
      g.roles.push(...p.roles);
      g.quotes.push(...p.quotes);
    }
  }
  const redirect = new Map<string, string>();
  const resolveId = (id: string) => { while (redirect.has(id)) id = redirect.get(id)!; return id; };
  applyAdds(decisions.filter((d) => d.kind === 'add'), source, group);
  const absorb = (a: Group, b: Group) => {
    a.mentions.push(...b.mentions); a.roles.push(...b.roles); a.quotes.push(...b.quotes);
    a.extraAliases.push(...b.extraAliases, ...(b.name ? [b.name] : []));
    a.formerIds.push(b.id, ...b.formerIds);
    a.full ||= b.full;
    if (b.origin === 'manual') a.origin = 'manual';
    if (b.keys.length > a.keys.length) a.keys = b.keys;
    groups.delete(b.id);
    redirect.set(b.id, a.id);
  };
  mergeVariants(groups, decisions, absorb);
  for (const d of decisions) {
    if (d.kind === 'split') {
      const g = groups.get(resolveId(d.figureKey));
      const aliasKey = nameKeys(wordsOf(d.alias)).join(' ');
      if (!g || !aliasKey) continue;
      const moved = g.mentions.filter((m) => nameKeys(wordsOf(m.text)).join(' ') === aliasKey);
      if (moved.length === 0 || moved.length === g.mentions.length) continue;
      g.mentions = g.mentions.filter((m) => !moved.includes(m));
      const n = group(`${g.id}~${aliasKey.replace(/ /g, '_')}`, aliasKey.split(' '), aliasKey.includes(' '));
      n.mentions.push(...moved);
    } else if (d.kind === 'merge' && d.verdict === 'yes') {
      const a = groups.get(resolveId(d.a));
      const b = groups.get(resolveId(d.b));
      if (!a || !b || a === b) continue;
      absorb(a, b);
    }
  }
  for (const d of decisions) {
    const g = 'figureKey' in d ? groups.get(resolveId(d.figureKey)) : undefined;
    if (!g) continue;
    if (d.kind === 'rename') g.name = d.name;
    if (d.kind === 'not-a-person') g.hidden = true;
  }
  const order = new Map(source.ids.map((id, i) => [id, i]));
  const byPlace = (x: { articleId: string; start: number }, y: { articleId: string; start: number }) =>
    (order.get(x.articleId) ?? 0) - (order.get(y.articleId) ?? 0) || x.start - y.start;
  const figures: Figure[] = [];
  const mentions: Mention[] = [];
  for (const g of groups.values()) {
    if (g.mentions.length === 0 && g.origin === 'auto') continue;
    g.mentions.sort(byPlace);
    for (const m of g.mentions) m.figureId = g.id;
    const { name, aliases } = nameAndAliases(g);
    const figure: Figure = {
      id: g.id, name, aliases, roles: dedupe(g.roles).sort(byPlace), quotes: dedupe(g.quotes).sort(byPlace),
      origin: g.origin, confidence: g.full ? 'high' : 'low',
    };
    if (g.hidden) figure.hidden = true;
    if (g.formerIds.length) figure.formerIds = [...new Set(g.formerIds)];
    figures.push(figure);
    if (!g.hidden) mentions.push(...g.mentions);
  }
  figures.sort((a, b) => a.id.localeCompare(b.id));
  mentions.sort(byPlace);
  const keysById = new Map([...groups.values()].map((g) => [g.id, g.keys]));
  return { figures, mentions, suggestions: suggestMerges(figures, keysById, decisions, resolveId) };
}

/**
 * Full names found by the analysis that differ only by transliteration become one figure, the first in notebook order
 * keeping its id (the others' ids resolve to it as former ids), unless the user said the two are not one person.
 */
function mergeVariants(groups: Map<string, Group>, decisions: Decision[], absorb: (a: Group, b: Group) => void): void {
  const pair = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  const apart = new Set(decisions.flatMap((d) => (d.kind === 'merge' && d.verdict === 'no' ? [pair(d.a, d.b)] : [])));
  const first = new Map<string, Group>();
  for (const g of [...groups.values()]) {
    const key = g.full && g.origin === 'auto' ? variantKey(g.keys) : null;
    if (!key) continue;
    const host = first.get(key);
    if (!host) first.set(key, g);
    else if (!apart.has(pair(host.id, g.id))) absorb(host, g);
  }
}

/** Figures added by hand, with every candidate phrase matching their names; the candidates are read in one pass. */
function applyAdds(adds: Extract<Decision, { kind: 'add' }>[], source: ExtractionSource,
  group: (id: string, keys: string[], full: boolean) => Group): void {
  const targets: { g: Group; wanted: Set<string> }[] = [];
  for (const d of adds) {
    const keys = nameKeys(wordsOf(d.name));
    if (keys.length === 0) continue;
    const g = group(keys.length >= 2 ? figureIdOf(keys[0] + '|' + keys[keys.length - 1]) : 'p-' + keys[0], keys, true);
    g.origin = 'manual';
    g.name = d.name;
    g.extraAliases.push(...d.aliases);
    targets.push({ g, wanted: new Set([keys, ...d.aliases.map((a) => nameKeys(wordsOf(a)))].map((k) => k.join(' '))) });
  }
  if (targets.length === 0) return;
  for (const articleId of source.ids) {
    for (const c of source.candidates(articleId)) {
      const key = c.keys.join(' ');
      for (const { g, wanted } of targets) {
        if (wanted.has(key)) g.mentions.push({ figureId: g.id, articleId, start: c.start, end: c.end, text: c.text });
      }
    }
  }
}

/** The fullest, most common form as the name; the other forms as aliases. */
function nameAndAliases(g: Group): { name: string; aliases: string[] } {
  const counts = new Map<string, number>();
  for (const m of g.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const forms = [...counts.keys()].sort((a, b) =>
    nameKeys(wordsOf(b)).length - nameKeys(wordsOf(a)).length || counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  const name = g.name ?? forms[0] ?? g.extraAliases[0] ?? g.id;
  const aliases = [...new Set([...forms, ...g.extraAliases])].filter((f) => f !== name);
  return { name, aliases };
}

function dedupe(xs: Attribution[]): Attribution[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = `${x.articleId}:${x.start}:${x.end}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
