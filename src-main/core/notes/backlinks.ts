// Backlinks: which notes and highlights point at a figure, an article or a note (derived, never stored).

import type { Highlight, Note } from '../../shared/model';
import { linkResolver, linksOf, type LinkResolver } from '../../shared/link-resolver';
import type { LinkCatalog } from './parse';
import type { LinkKind } from '../../shared/wiki-links';

export interface Backlinks {
  notes: { id: string; title: string; excerpt: string }[];
  /** Highlights linked by figureIds (figures only) or whose note links to the thing. */
  highlights: Highlight[];
}

/**
 * What links to `kind`/`ids` (an entity may have several ids, e.g. a figure's former ids).
 * Notes link by [[...]]; highlights by their figure list or by [[...]] in their note.
 */
export function backlinksTo(kind: LinkKind, ids: readonly string[], notes: readonly Note[], highlights: readonly Highlight[], resolver: LinkResolver): Backlinks {
  const wanted = new Set(ids);
  const points = (body: string) => linksOf(body, resolver).some((l) => l.kind === kind && wanted.has(l.id));
  const linkedNotes = notes
    .filter((n) => !(kind === 'note' && wanted.has(n.id)) && points(n.body))
    .sort((a, b) => b.updated.localeCompare(a.updated))
    .map((n) => ({ id: n.id, title: n.title, excerpt: excerptAround(n.body, resolver, kind, wanted) }));
  const linkedHighlights = highlights.filter(
    (h) => (kind === 'figure' && h.figureIds.some((f) => wanted.has(f))) || (h.note !== '' && points(h.note)),
  );
  return { notes: linkedNotes, highlights: linkedHighlights };
}

/** The line of the body around its first link to the target, trimmed to ~160 characters. */
function excerptAround(body: string, resolver: LinkResolver, kind: LinkKind, wanted: Set<string>): string {
  const lines = body.split('\n');
  const line = lines.find((l) => linksOf(l, resolver).some((r) => r.kind === kind && wanted.has(r.id))) ?? lines[0] ?? '';
  const flat = line.replace(/^[#>*\-\s]+/, '').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}

/**
 * Backlinks to whatever `targetId` names in `catalog` (a figure page or an article): the notes whose [[links]]
 * resolve to it, and the highlights tagged with it or whose note links to it. Unknown ids have none.
 */
export function backlinks(notes: readonly Note[], highlights: readonly Highlight[], targetId: string, catalog: LinkCatalog): Backlinks {
  const targets = { figures: catalog.figures, articles: catalog.articles, notes: catalog.notes ?? [] };
  const kind: LinkKind | null = targets.figures.some((f) => f.id === targetId)
    ? 'figure'
    : targets.articles.some((a) => a.id === targetId)
      ? 'article'
      : targets.notes.some((n) => n.id === targetId)
        ? 'note'
        : null;
  if (!kind) return { notes: [], highlights: [] };
  return backlinksTo(kind, [targetId], notes, highlights, linkResolver(targets));
}
