// Resolving [[links]] in notes to figures, articles and other notes, by name, alias, title or id (core and renderer).

import { linkKey, parseWikiLinks, splitKind, type LinkKind } from './wiki-links';

export interface LinkTargets {
  figures: { id: string; name: string; aliases: string[] }[];
  articles: { id: string; title: string }[];
  notes: { id: string; title: string }[];
}

export interface ResolvedLink {
  kind: LinkKind;
  id: string;
  name: string;
}

export interface LinkResolver {
  resolve(target: string): ResolvedLink | null;
}

/**
 * A resolver over the notebook's names. Without a prefix, a target is looked up as a figure (name, then alias),
 * then an article title, then a note title; any of them may also be named by id.
 */
export function linkResolver(targets: LinkTargets): LinkResolver {
  const byKind: Record<LinkKind, Map<string, ResolvedLink>> = { figure: new Map(), article: new Map(), note: new Map() };
  // Second chance, punctuation-insensitive: "Nawaf al Fares" finds "Nawaf al-Fares", "Fares." finds "Fares".
  const looseByKind: Record<LinkKind, Map<string, ResolvedLink>> = { figure: new Map(), article: new Map(), note: new Map() };
  const put = (kind: LinkKind, key: string, link: ResolvedLink) => {
    const k = linkKey(key);
    if (k && !byKind[kind].has(k)) byKind[kind].set(k, link);
    const loose = looseLinkKey(key);
    if (loose && !looseByKind[kind].has(loose)) looseByKind[kind].set(loose, link);
  };
  for (const f of targets.figures) put('figure', f.name, { kind: 'figure', id: f.id, name: f.name });
  for (const f of targets.figures) for (const a of f.aliases) put('figure', a, { kind: 'figure', id: f.id, name: f.name });
  for (const a of targets.articles) put('article', a.title, { kind: 'article', id: a.id, name: a.title });
  for (const n of targets.notes) put('note', n.title, { kind: 'note', id: n.id, name: n.title });
  for (const f of targets.figures) put('figure', f.id, { kind: 'figure', id: f.id, name: f.name });
  for (const a of targets.articles) put('article', a.id, { kind: 'article', id: a.id, name: a.title });
  for (const n of targets.notes) put('note', n.id, { kind: 'note', id: n.id, name: n.title });
  return {
    resolve(target) {
      const { kind, name } = splitKind(target);
      const key = linkKey(name);
      const kinds: LinkKind[] = kind ? [kind] : ['figure', 'article', 'note'];
      for (const k of kinds) {
        const hit = byKind[k].get(key);
        if (hit) return hit;
      }
      const loose = looseLinkKey(name);
      for (const k of kinds) {
        const hit = looseByKind[k].get(loose);
        if (hit) return hit;
      }
      return null;
    },
  };
}

/** A name or title's key with punctuation gone too (apostrophes vanish; hyphens, dots, brackets count as spaces). */
export function looseLinkKey(name: string): string {
  return linkKey(name).replace(/'/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The distinct things a Markdown body links to (unresolved links are left out). */
export function linksOf(body: string, resolver: LinkResolver): ResolvedLink[] {
  const seen = new Set<string>();
  const out: ResolvedLink[] = [];
  for (const l of parseWikiLinks(body)) {
    const r = resolver.resolve(l.target);
    if (!r || seen.has(`${r.kind}:${r.id}`)) continue;
    seen.add(`${r.kind}:${r.id}`);
    out.push(r);
  }
  return out;
}
