// Integration: Nawaf Fares's dossier built from the figure core's real analysis of the five sample articles.

import { describe, expect, it } from 'vitest';
import { analyzeArticles, findFigure } from '../figures';
import { buildDossier } from './build';
import { renderDossierHtml } from './html';
import { renderDossierMarkdown } from './markdown';
import { faresInput } from './test-fixtures';

describe('dossier from the figure analysis', () => {
  const base = faresInput();
  const analysis = analyzeArticles(base.articles.map((a) => ({ id: a.id, text: a.text, published: a.published })));
  const fares = findFigure(analysis.figures, 'Nawaf Fares');

  it('finds Nawaf Fares', () => {
    expect(fares).toBeDefined();
  });

  const doc = buildDossier({ ...base, figure: fares!, figures: analysis.figures, mentions: analysis.mentions });
  const naming = new Set(analysis.mentions.filter((m) => m.figureId === fares!.id).map((m) => m.articleId));

  it('cites every article naming him, counting the near-copy once', () => {
    expect(naming.size).toBeGreaterThanOrEqual(4);
    expect(doc.passages.map((g) => g.articleId).sort()).toEqual([...naming].sort());
    const [, , a2, , a4] = base.articles;
    const copies = naming.has(a2.id) && naming.has(a4.id) ? 1 : 0;
    expect(doc.summary.stories).toBe(naming.size - copies);
    for (const a of base.articles.filter((x) => naming.has(x.id))) expect(doc.sources.some((s) => s.articleId === a.id)).toBe(true);
  });

  it('marks exactly the mentions the analysis found, inside quoted passages', () => {
    const marked = doc.passages.flatMap((g) => g.passages.flatMap((p) => p.marks.map(([s, e]) => `${g.articleId}:${p.start + s}-${p.start + e}`)));
    const shownArticles = new Set(doc.passages.filter((g) => g.passages.length).map((g) => g.articleId));
    const expected = analysis.mentions.filter((m) => m.figureId === fares!.id && shownArticles.has(m.articleId));
    // Passages of a near-copy that repeat the original are not shown again, so some of the copy's marks live there.
    for (const key of marked) expect(expected.map((m) => `${m.articleId}:${m.start}-${m.end}`)).toContain(key);
    expect(marked.length).toBeGreaterThan(0);
  });

  it('carries his roles and quotes with citations, and renders them', () => {
    expect(doc.roles.length).toBeGreaterThan(0);
    expect(doc.roles.some((r) => /ambassador to (Iraq|Baghdad)/i.test(r.text))).toBe(true);
    expect(doc.quotes.length).toBeGreaterThan(0);
    for (const item of [...doc.roles, ...doc.quotes]) expect(item.cites.length).toBeGreaterThan(0);
    const html = renderDossierHtml(doc, { forPrint: true });
    const md = renderDossierMarkdown(doc);
    expect(html).toContain(fares!.name);
    expect(md).toContain(`[^${doc.citations.length}]:`);
  });
});
