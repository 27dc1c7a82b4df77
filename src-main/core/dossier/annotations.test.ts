import { describe, expect, it } from 'vitest';
import type { Highlight, Note } from '../../shared/model';
import { buildNetwork, neighbourhood, sentenceIndex } from '../network';
import { buildTimeline, extractDateExpressions } from '../timeline';
import { completeDossier } from './annotations';
import { buildDossier, buildDossierBase } from './build';
import { faresInput } from './test-fixtures';
import type { DossierInput } from './types';

function highlight(id: string, articleId: string, text: string, exact: string, extra: Partial<Highlight> = {}): Highlight {
  const start = text.indexOf(exact);
  return {
    id, articleId,
    target: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end: start + exact.length }],
    colour: 2, note: '', figureIds: ['fares'], tags: [], anchor: { state: 'ok' }, created: '2024-05-01T00:00:00Z', updated: '2024-05-01T00:00:00Z',
    ...extra,
  };
}
const note = (id: string, title: string, body: string): Note => ({ id, title, body, tags: [], created: '2024-05-01', updated: '2024-05-02' });

/** The fixture with its story map, and annotations to vary. */
function input(): DossierInput {
  const base = faresInput();
  const shaped = base.articles.map((a) => ({ ...a, sentences: sentenceIndex(a.text, a.paragraphs) }));
  const net = buildNetwork({ figures: base.figures.map((f) => ({ id: f.id, name: f.name, roles: [] })), mentions: base.mentions, articles: shaped, copies: base.copies });
  const events = buildTimeline(
    { articles: shaped.map((a) => ({ id: a.id, published: a.published, expressions: extractDateExpressions(a.text, a.sentences) })), mentions: base.mentions, copies: base.copies },
    { figureId: 'fares' },
  );
  return { ...base, storyMap: { neighbourhood: neighbourhood(net, 'fares'), events } };
}

describe('a dossier base completed with annotations', () => {
  const plain = input();
  const [a0, , a2] = plain.articles;
  const annotated: DossierInput = {
    ...plain,
    highlights: [
      highlight('h1', a2.id, a2.text, 'a Sunni  who is said to have close ties'),
      highlight('h2', a0.id, a0.text, 'Nawaf Fares', { anchor: { state: 'orphan', score: 0.2 } }),
      highlight('h3', a0.id, a0.text, 'Manaf Tlas', { figureIds: ['tlas'] }),
    ],
    notes: [note('n1', 'Timeline', 'When did [[Nawaf al-Fares|Fares]] leave?'), note('n2', 'Other', 'About [[Manaf Tlas]].')],
    exportedAt: '2025-01-01T00:00:00.000Z',
  };

  it('gives the whole build\'s dossier for any annotations, from one base built without them', () => {
    const base = buildDossierBase(plain);
    const texts = new Map(plain.articles.map((a) => [a.id, a.text]));
    const complete = (i: DossierInput) => completeDossier(base, { ...i, textOf: (id) => texts.get(id) });
    expect(complete(annotated)).toEqual(buildDossier(annotated));
    expect(complete(plain)).toEqual(buildDossier(plain));
    expect(complete(annotated)).toEqual(buildDossier(annotated)); // the base was not changed by completing it
    const doc = complete(annotated);
    expect(doc.highlights.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(doc.notes.map((n) => n.id)).toEqual(['n1']);
    expect(doc.storyMap!.events.length).toBeGreaterThan(0);
    // story map events and highlights keep the base's numbers and number their new places after them
    const after = base.doc.citations.length;
    const later = new Set([...doc.storyMap!.events.flatMap((e) => e.cites), ...doc.highlights.flatMap((h) => h.cites)]);
    expect(doc.citations.length).toBeGreaterThan(after);
    expect(doc.citations.slice(after).every((c) => later.has(c.n))).toBe(true);
    expect(doc.citations.slice(0, after)).toEqual(base.doc.citations);
  });

  it('quotes a highlight without a quote selector from the article text', () => {
    const at = a2.text.indexOf('a Sunni');
    const bare = highlight('h4', a2.id, a2.text, 'a Sunni', { target: [{ type: 'TextPositionSelector', start: at, end: at + 7 }] });
    const doc = completeDossier(buildDossierBase(plain), { ...plain, highlights: [bare], textOf: (id) => (id === a2.id ? a2.text : undefined) });
    expect(doc.highlights[0].quote).toBe('a Sunni');
    expect(buildDossier({ ...plain, highlights: [bare] }).highlights[0].quote).toBe('a Sunni');
  });
});
