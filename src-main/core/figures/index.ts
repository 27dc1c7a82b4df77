// Figure extraction: the public API. Per-article extraction (cacheable) and cross-article resolution.

import type { Decision, Figure } from '../../shared/model';
import { extractPeople } from './extract';
import { nameKeys } from './keys';
import { resolveFigures, type Analysis, type ArticleExtraction } from './resolve';

export type { Analysis, ArticleExtraction } from './resolve';
export type { MergeSuggestion } from './suggest';
export { resolveFigures } from './resolve';

/** Bump when the algorithm changes, so that cached extractions are recomputed. */
export const FIGURES_VERSION = 'figures-3'; // bumped whenever extraction changes: cached extractions are redone

export interface ArticleInput { id: string; text: string; published?: string | null }

/** Per-article work: mentions, local people, roles and quotes. Depends only on the text: cache it by content. */
export function extractArticle(a: ArticleInput): ArticleExtraction {
  const { people, candidates } = extractPeople(a.id, a.text);
  return { articleId: a.id, version: FIGURES_VERSION, people, candidates };
}

export function analyzeArticles(articles: ArticleInput[], decisions: Decision[] = []): Analysis {
  return resolveFigures(articles.map(extractArticle), decisions);
}

/** A figure by id (also a former id, merged away) or by any name or alias, ignoring case and particles. */
export function findFigure(figures: Figure[], query: string): Figure | undefined {
  const q = query.trim();
  const byId = figures.find((f) => f.id === q) ?? figures.find((f) => f.formerIds?.includes(q));
  if (byId) return byId;
  const key = nameKeys(q.split(/\s+/)).join(' ');
  if (!key) return undefined;
  const same = (s: string) => nameKeys(s.split(/\s+/)).join(' ') === key;
  return figures.find((f) => same(f.name)) ?? figures.find((f) => f.aliases.some(same));
}
