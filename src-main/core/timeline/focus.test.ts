import { describe, expect, it } from 'vitest';
import { sourceGroups } from '../compare/copies';
import { sentenceIndex } from '../network/sentence-index';
import { buildTimeline, figureNeedsNotebookReference, type TimelineArticle, type TimelineInput } from './build';
import { extractDateExpressions } from './extract';
import { notebookReference } from './reference';

function art(id: string, text: string, published: string | null = null): TimelineArticle {
  return { id, published, expressions: extractDateExpressions(text, sentenceIndex(text, [[0, text.length]])) };
}
const texts: Record<string, string> = {
  dated: 'The talks began on May 2, 2016. Cy Moss left on Friday.',
  ann: 'Ann Lee resigned on Monday. Bob Ray stayed.',
  annCopy: 'Ann Lee resigned on Monday. Bob Ray stayed.',
  bob: 'Bob Ray left yesterday. Nothing else happened in March 2015.',
  published: 'Bob Ray spoke last week, and Ann Lee listened.',
};
const NAMES: Record<string, string> = { ann: 'Ann Lee', bob: 'Bob Ray', cy: 'Cy Moss' };

function input(published: Record<string, string> = {}): TimelineInput {
  const articles = Object.entries(texts).map(([id, t]) => art(id, t, published[id] ?? (id === 'published' ? '2012-07-31' : null)));
  const mentions = Object.entries(texts).flatMap(([articleId, t]) =>
    Object.entries(NAMES).flatMap(([figureId, name]) => (t.includes(name) ? [{ figureId, articleId, start: t.indexOf(name), end: t.indexOf(name) + name.length }] : [])),
  );
  return { articles, mentions, copies: { ann: ['annCopy'], annCopy: ['ann'] } };
}

/** The figure's events read from the copy groups naming it, as the dossier reads them. */
function focused(all: TimelineInput, figureId: string): ReturnType<typeof buildTimeline> {
  const naming = new Set(all.mentions.filter((m) => m.figureId === figureId).map((m) => m.articleId));
  const ids = sourceGroups(all.articles.map((a) => a.id), all.copies).filter((g) => g.some((id) => naming.has(id))).flat();
  const part: TimelineInput = { ...all, articles: all.articles.filter((a) => ids.includes(a.id)) };
  part.notebookReference = figureNeedsNotebookReference(part, figureId) ? notebookReference(all.articles) : null;
  return buildTimeline(part, { figureId });
}

describe('one figure\'s timeline from the copy groups naming it', () => {
  it('needs the notebook reference only for relative dates naming the figure in undated articles', () => {
    const all = input();
    const part = (ids: string[]): TimelineInput => ({ ...all, articles: all.articles.filter((a) => ids.includes(a.id)) });
    expect(figureNeedsNotebookReference(part(['ann', 'annCopy', 'published']), 'ann')).toBe(true); // "on Monday", no date of its own
    expect(figureNeedsNotebookReference(part(['published']), 'ann')).toBe(false); // published: its own reference
    expect(figureNeedsNotebookReference(part(['dated']), 'cy')).toBe(false); // a full date of its own
    expect(figureNeedsNotebookReference(part(['ann', 'annCopy', 'bob', 'published']), 'bob')).toBe(true); // "yesterday"
    const dated = input({ ann: '2016-05-09', annCopy: '2016-05-09' });
    expect(figureNeedsNotebookReference({ ...dated, articles: dated.articles.filter((a) => a.id.startsWith('ann')) }, 'ann')).toBe(false);
  });

  it('equals the whole timeline filtered by figure, edits and copies included', () => {
    for (const all of [input(), input({ bob: '2014-01-02' })]) {
      const edited: TimelineInput = { ...all, edits: [{ eventKey: buildTimeline(all)[0].key, date: '2010-01-01' }] };
      for (const t of [all, edited]) {
        for (const f of Object.keys(NAMES)) expect(focused(t, f)).toEqual(buildTimeline(t, { figureId: f }));
      }
    }
    expect(buildTimeline(input(), { figureId: 'ann' }).some((e) => e.reference?.kind === 'notebook')).toBe(true);
  });
});
