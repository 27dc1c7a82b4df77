// Choosing the date an article's relative expressions ("on Monday", "last week") are read against.
//
// 1. The article's publication date, when known.
// 2. Else the latest full date (day, month and year) written in the article itself: inferred. The caller may add
//    one found in the article's original file (a photo caption or a page stamp that cleaning left out).
// 3. Else the latest full date written anywhere in the notebook: inferred, notebook-wide.
// Partial dates ("February 2011") are never references: they usually name an earlier event, not the report's day.

import { resolveRule } from './resolve';
import type { DateExpression, Reference } from './types';

/** The latest full date among an article's expressions, with the expression it comes from. */
export function latestFullDate(expressions: DateExpression[]): { date: string; text: string } | null {
  let best: { date: string; text: string } | null = null;
  for (const e of expressions) {
    if (e.rule.kind !== 'absolute' || e.rule.day === undefined) continue;
    const r = resolveRule(e.rule, null);
    if (r && (!best || r.date > best.date)) best = { date: r.date, text: e.text };
  }
  return best;
}

export interface ReferenceArticle {
  id: string;
  published: string | null;
  expressions: DateExpression[];
  /** The latest full date in the article's original file, when the caller looked there. */
  sourceDate?: { date: string; text: string } | null;
}

/** A reference for every article (null when nothing in the notebook gives one). */
export function chooseReferences(articles: ReferenceArticle[]): Map<string, Reference | null> {
  const own = new Map(articles.map((a) => [a.id, later(latestFullDate(a.expressions), a.sourceDate ?? null)]));
  let notebook: Reference | null = null;
  for (const a of articles) {
    const d = own.get(a.id);
    if (d && (!notebook || d.date > notebook.date)) notebook = { date: d.date, kind: 'notebook', articleId: a.id, text: d.text };
  }
  const out = new Map<string, Reference | null>();
  for (const a of articles) {
    const published = a.published && /^\d{4}-\d{2}-\d{2}/.test(a.published) ? a.published.slice(0, 10) : null;
    const d = own.get(a.id);
    if (published) out.set(a.id, { date: published, kind: 'published' });
    else if (d) out.set(a.id, { date: d.date, kind: 'article', articleId: a.id, text: d.text });
    else out.set(a.id, notebook);
  }
  return out;
}

function later<T extends { date: string }>(a: T | null, b: T | null): T | null {
  return !a ? b : !b ? a : b.date > a.date ? b : a;
}
