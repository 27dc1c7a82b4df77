import { describe, expect, it } from 'vitest';
import type { Decision } from '../../shared/model';
import { analyzeArticles, extractArticle, findFigure, resolveFigures } from './index';

const A = { id: 'a', text: 'Foreign Minister Nawaf Fares met President John Okafor in Lagos. "We agree," said Fares.' };
const B = { id: 'b', text: 'Nawaf al-Fares, the ambassador to Iraq, resigned on Monday. Mr Fares left for Qatar.' };
const C = { id: 'c', text: 'Fares said the talks had failed. Okafor declined to comment.' };
const at = '2024-01-01T00:00:00Z';
const byName = (an: ReturnType<typeof analyzeArticles>, name: string) => findFigure(an.figures, name)!;

describe('resolveFigures and decisions', () => {
  const base = analyzeArticles([A, B, C]);

  it('joins spellings across articles and keeps an unresolved surname apart, with a suggestion', () => {
    const fares = byName(base, 'Nawaf Fares');
    expect(fares.confidence).toBe('high');
    expect(base.mentions.filter((m) => m.figureId === fares.id).map((m) => m.articleId)).toEqual(['a', 'a', 'b', 'b']);
    const bare = base.figures.find((f) => f.confidence === 'low' && f.name === 'Fares')!;
    expect(bare.id).not.toBe(fares.id);
    expect(base.suggestions).toContainEqual(expect.objectContaining({ a: bare.id, b: fares.id }));
  });

  it('applies merge, rename, split and not-a-person, and they survive re-analysis', () => {
    const fares = byName(base, 'Nawaf Fares');
    const bare = base.figures.find((f) => f.confidence === 'low' && f.name === 'Fares')!;
    const okafor = byName(base, 'John Okafor');
    const decisions: Decision[] = [
      { id: '1', kind: 'merge', a: fares.id, b: bare.id, verdict: 'yes', at },
      { id: '2', kind: 'rename', figureKey: fares.id, name: 'Nawaf al-Fares', at },
    ];
    const again = resolveFigures([C, A, B].map(extractArticle), decisions);
    const merged = again.figures.find((f) => f.id === fares.id)!;
    expect(merged.name).toBe('Nawaf al-Fares');
    expect(merged.formerIds).toEqual([bare.id]);
    expect(findFigure(again.figures, bare.id)).toBe(merged);
    expect(again.mentions.filter((m) => m.figureId === fares.id)).toHaveLength(5);
    expect(again.suggestions.some((s) => [s.a, s.b].includes(bare.id))).toBe(false);
    const split = resolveFigures([A, B, C].map(extractArticle), [{ id: '3', kind: 'split', figureKey: fares.id, alias: 'Fares', at }]);
    const rest = split.figures.find((f) => f.id === fares.id)!;
    expect(rest.aliases).not.toContain('Fares');
    const off = split.figures.find((f) => f.id.startsWith(fares.id + '~'))!;
    expect(off.name).toBe('Fares');
    expect(split.mentions.filter((m) => m.figureId === off.id).map((m) => m.articleId)).toEqual(['a', 'b']);
    const hidden = resolveFigures([A, B, C].map(extractArticle), [{ id: '4', kind: 'not-a-person', figureKey: okafor.id, at }]);
    expect(hidden.figures.find((f) => f.id === okafor.id)?.hidden).toBe(true);
    expect(hidden.mentions.some((m) => m.figureId === okafor.id)).toBe(false);
  });

  it('keeps "no" verdicts out of suggestions and marks "unsure" ones', () => {
    const fares = byName(base, 'Nawaf Fares');
    const bare = base.figures.find((f) => f.confidence === 'low' && f.name === 'Fares')!;
    const no = resolveFigures([A, B, C].map(extractArticle), [{ id: '1', kind: 'merge', a: bare.id, b: fares.id, verdict: 'no', at }]);
    expect(no.suggestions.some((s) => [s.a, s.b].includes(bare.id))).toBe(false);
    const unsure = resolveFigures([A, B, C].map(extractArticle), [{ id: '1', kind: 'merge', a: bare.id, b: fares.id, verdict: 'unsure', at }]);
    expect(unsure.suggestions.find((s) => [s.a, s.b].includes(bare.id))?.verdict).toBe('unsure');
  });

  it('adds a figure by hand and finds its mentions among the phrases not taken for people', () => {
    const text = 'Talks at Camp David ended. The Ambassador Hotel was closed.';
    const added = analyzeArticles([{ id: 'd', text }], [{ id: '1', kind: 'add', name: 'Camp David', aliases: [], at }]);
    const f = added.figures.find((x) => x.origin === 'manual')!;
    expect(f.name).toBe('Camp David');
    expect(added.mentions.filter((m) => m.figureId === f.id).map((m) => text.slice(m.start, m.end))).toEqual(['Camp David']);
  });

  it('extractions are plain JSON', () => {
    const ex = extractArticle(A);
    expect(JSON.parse(JSON.stringify(ex))).toEqual(ex);
  });
});
