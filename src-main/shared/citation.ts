// Citations for a passage of an article ("Title", Outlet, 11 July 2012, para. 3): pure, shared by core and renderer.

import type { Article } from './model';

export type CitableArticle = Pick<Article, 'title' | 'outlet' | 'published' | 'paragraphs'>;

/** The 1-based paragraph holding `offset`, or null when the article has no paragraphs. */
export function paragraphAt(article: Pick<Article, 'paragraphs'>, offset: number): number | null {
  const ps = article.paragraphs;
  if (ps.length === 0) return null;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid][0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** An ISO date (YYYY-MM-DD) as "11 July 2012"; anything else is returned unchanged. */
export function longDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** The citation of a passage: title in quotes, outlet, date, paragraph (each only when known). */
export function citation(article: CitableArticle, paragraph: number | null): string {
  return [`“${article.title}”`, article.outlet, longDate(article.published), paragraph ? `para. ${paragraph}` : null]
    .filter(Boolean)
    .join(', ');
}

/** A quote as one would paste it into a draft: the words in quotes, then the citation. */
export function quoteWithCitation(quote: string, article: CitableArticle, paragraph: number | null): string {
  return `“${quote.replace(/\s+/g, ' ').trim()}” (${citation(article, paragraph)})`;
}
