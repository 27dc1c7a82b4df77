// The names a [[link]] may point at (figures, articles, notes), fetched once per page and resolved like the core does.

import type { ApiClient } from '../../api/client';
import type { LinkTargetsView } from '../../../src-main/shared/contract/highlights';
import { linkKey, splitKind, type LinkKind } from '../../../src-main/shared/wiki-links';

export interface ResolvedTarget {
  kind: LinkKind;
  id: string;
  name: string;
}

export interface LinkIndex {
  targets: LinkTargetsView;
  resolve(target: string): ResolvedTarget | null;
}

let cached: Promise<LinkIndex> | undefined;

/** The link index, shared by every view until `forgetLinkTargets` (after a note is created, renamed or deleted). */
export function loadLinkTargets(api: ApiClient): Promise<LinkIndex> {
  cached ??= api.call('linkTargets', {}).then(buildIndex).catch((e: unknown) => {
    cached = undefined;
    throw e;
  });
  return cached;
}

export function forgetLinkTargets(): void {
  cached = undefined;
}

/** Figures first (name, then alias), then article titles, then note titles; ids also work. */
export function buildIndex(targets: LinkTargetsView): LinkIndex {
  const maps: Record<LinkKind, Map<string, ResolvedTarget>> = { figure: new Map(), article: new Map(), note: new Map() };
  const put = (kind: LinkKind, key: string, t: ResolvedTarget) => {
    const k = linkKey(key);
    if (k && !maps[kind].has(k)) maps[kind].set(k, t);
  };
  for (const f of targets.figures) put('figure', f.name, { kind: 'figure', id: f.id, name: f.name });
  for (const f of targets.figures) for (const a of f.aliases) put('figure', a, { kind: 'figure', id: f.id, name: f.name });
  for (const a of targets.articles) put('article', a.title, { kind: 'article', id: a.id, name: a.title });
  for (const n of targets.notes) put('note', n.title, { kind: 'note', id: n.id, name: n.title });
  for (const f of targets.figures) put('figure', f.id, { kind: 'figure', id: f.id, name: f.name });
  for (const a of targets.articles) put('article', a.id, { kind: 'article', id: a.id, name: a.title });
  for (const n of targets.notes) put('note', n.id, { kind: 'note', id: n.id, name: n.title });
  return {
    targets,
    resolve(target) {
      const { kind, name } = splitKind(target);
      for (const k of kind ? [kind] : (['figure', 'article', 'note'] as LinkKind[])) {
        const hit = maps[k].get(linkKey(name));
        if (hit) return hit;
      }
      return null;
    },
  };
}
