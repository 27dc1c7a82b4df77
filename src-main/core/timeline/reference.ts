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

/** The latest full date of an article: in its text, or in its original file when the caller looked there. */
export function ownDate(a: ReferenceArticle): { date: string; text: string } | null {
  return later(latestFullDate(a.expressions), a.sourceDate ?? null);
}

/** The latest full date written anywhere in `articles` (the first article holding it), as a notebook reference; read once, in order. */
export function notebookReference(articles: Iterable<ReferenceArticle>): Reference | null {
  let notebook: Reference | null = null;
  for (const a of articles) {
    const d = ownDate(a);
    if (d && (!notebook || d.date > notebook.date)) notebook = { date: d.date, kind: 'notebook', articleId: a.id, text: d.text };
  }
  return notebook;
}

/** Whether an article is read against the notebook reference: no publication date and no full date of its own. */
export function needsNotebook(a: ReferenceArticle): boolean {
  return !publishedDay(a) && !ownDate(a);
}

/**
 * A reference for every article (null when nothing gives one). `notebook` is the notebook-wide one; pass it when
 * `articles` are only part of the notebook.
 */
export function chooseReferences(articles: ReferenceArticle[], notebook = notebookReference(articles)): Map<string, Reference | null> {
  const out = new Map<string, Reference | null>();
  for (const a of articles) {
    const published = publishedDay(a);
    const d = ownDate(a);
    if (published) out.set(a.id, { date: published, kind: 'published' });
    else if (d) out.set(a.id, { date: d.date, kind: 'article', articleId: a.id, text: d.text });
    else out.set(a.id, notebook);
  }
  return out;
}

function publishedDay(a: Pick<ReferenceArticle, 'published'>): string | null {
  return a.published && /^\d{4}-\d{2}-\d{2}/.test(a.published) ? a.published.slice(0, 10) : null;
}

function later<T extends { date: string }>(a: T | null, b: T | null): T | null {
  return !a ? b : !b ? a : b.date > a.date ? b : a;
}
