// Related figures: who is named in the same paragraph as the figure, how often, and where.

import type { Figure, Mention } from '../../shared/model';
import type { Target } from './citations';
import { compareKey, paragraphIndexAt } from './locate';
import type { IndexedArticle } from './passages';

export const MAX_RELATED_CITES = 5;

export interface RawRelated {
  figureId: string;
  name: string;
  paragraphs: number;
  targets: Target[];
}

/**
 * Figures sharing a paragraph with `figureId`, most frequent first. A paragraph repeated word for word in a
 * near-copy counts once; hidden figures and figures not in `figures` are left out.
 */
export function relatedFigures(
  figureId: string,
  figures: Figure[],
  articles: IndexedArticle[],
  mentionsOf: (articleId: string) => Mention[],
  groupOf: (articleId: string) => string,
): RawRelated[] {
  const known = new Map(figures.filter((f) => !f.hidden && f.id !== figureId).map((f) => [f.id, f]));
  const found = new Map<string, { keys: Set<string>; targets: Target[] }>();
  for (const article of articles) {
    const byParagraph = new Map<number, Set<string>>();
    for (const m of mentionsOf(article.id)) {
      const p = paragraphIndexAt(article.paragraphs, m.start);
      const set = byParagraph.get(p) ?? new Set<string>();
      set.add(m.figureId);
      byParagraph.set(p, set);
    }
    for (const [p, ids] of byParagraph) {
      if (!ids.has(figureId)) continue;
      const [start, end] = article.paragraphs[p] ?? [0, article.text.length];
      const key = `${groupOf(article.id)}\u0000${compareKey(article.text.slice(start, end))}`;
      for (const id of ids) {
        if (!known.has(id)) continue;
        const entry = found.get(id) ?? { keys: new Set<string>(), targets: [] };
        if (!entry.keys.has(key)) {
          entry.keys.add(key);
          entry.targets.push({ articleId: article.id, paragraph: p + 1, start, end });
        }
        found.set(id, entry);
      }
    }
  }
  return [...found.entries()]
    .map(([id, e]) => ({
      figureId: id,
      name: known.get(id)!.name,
      paragraphs: e.keys.size,
      targets: e.targets.slice(0, MAX_RELATED_CITES),
    }))
    .sort((a, b) => b.paragraphs - a.paragraphs || a.name.localeCompare(b.name));
}
