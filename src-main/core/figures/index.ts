// Figure extraction: the public API. Per-article extraction (cacheable) and cross-article resolution.

import type { Decision } from '../../shared/model';
import { extractPeople } from './extract';
import { FIGURES_VERSION } from './lookup';
import { resolveFigures, type Analysis, type ArticleExtraction } from './resolve';

export type { Analysis, ArticleExtraction } from './resolve';
export type { MergeSuggestion } from './suggest';
export { resolveFigures } from './resolve';

export { FIGURES_VERSION, findFigure } from './lookup';

export interface ArticleInput { id: string; text: string; published?: string | null }

/** Per-article work: mentions, local people, roles and quotes. Depends only on the text: cache it by content. */
export function extractArticle(a: ArticleInput): ArticleExtraction {
  const { people, candidates } = extractPeople(a.id, a.text);
  return { articleId: a.id, version: FIGURES_VERSION, people, candidates };
}

export function analyzeArticles(articles: ArticleInput[], decisions: Decision[] = []): Analysis {
  return resolveFigures(articles.map(extractArticle), decisions);
}
