import { describe, expect, it } from 'vitest';
import type { Highlight, Note } from '../../shared/model';
import { buildDossier } from './build';
import { faresInput, sampleArticles } from './test-fixtures';
import type { DossierDoc } from './types';

/** Citation numbers in the order a reader meets them (the renderers' order). */
function readingOrder(doc: DossierDoc): number[] {
  return [
    ...doc.roles.flatMap((r) => r.cites),
    ...(doc.summary.first?.cites ?? []),
    ...(doc.summary.last?.cites ?? []),
    ...doc.passages.flatMap((g) => g.passages.flatMap((p) => p.cites)),
    ...doc.quotes.flatMap((q) => q.cites),
    ...doc.related.flatMap((r) => r.cites),
    ...doc.highlights.flatMap((h) => h.cites),
  ];
}

function highlight(articleId: string, text: string, exact: string, extra: Partial<Highlight> = {}): Highlight {
  const start = text.indexOf(exact);
  return {
    id: `h-${start}`,
    articleId,
    target: [
      { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + exact.length },
    ],
    colour: 1,
    note: 'Check **this**.',
    figureIds: ['fares'],
    tags: [],
    anchor: { state: 'ok' },
    created: '2024-05-01T00:00:00Z',
    updated: '2024-05-01T00:00:00Z',
    ...extra,
  };
}

const note = (id: string, title: string, body: string): Note => ({ id, title, body, tags: [], created: '2024-05-01', updated: '2024-05-02' });

describe('buildDossier', () => {
  const input = faresInput();
  const doc = buildDossier(input);
  const byId = new Map(input.articles.map((a) => [a.id, a]));

  it('groups passages by article in date order, undated articles last', () => {
    const dates = doc.passages.map((g) => g.published);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.indexOf(null)).toBe(dates.length - 1);
    expect(new Set(doc.passages.map((g) => g.articleId)).size).toBe(doc.passages.length);
  });

  it('quotes each passage exactly from its article, with every mention inside it marked', () => {
    const own = input.mentions.filter((m) => m.figureId === 'fares');
    for (const g of doc.passages) {
      const text = byId.get(g.articleId)!.text;
      for (const p of g.passages) {
        expect(p.text).toBe(text.slice(p.start, p.end));
        const inside = own.filter((m) => m.articleId === g.articleId && m.start >= p.start && m.end <= p.end);
        expect(p.marks.map(([s, e]) => p.text.slice(s, e))).toEqual(inside.map((m) => m.text));
      }
    }
  });

  it('counts near-copies of one story once and does not repeat their passages', () => {
    const naming = new Set(input.mentions.filter((m) => m.figureId === 'fares').map((m) => m.articleId));
    expect(doc.summary.articles).toBe(naming.size);
    expect(doc.summary.stories).toBe(naming.size - 1);
    const [, , a2, , a4] = input.articles;
    const copy = doc.passages.find((g) => g.articleId === a4.id)!;
    const original = doc.passages.find((g) => g.articleId === a2.id)!;
    expect(copy.copyOf).toEqual([original.source]);
    const key = (t: string) => t.replace(/\W+/g, ' ').trim().toLowerCase();
    const shown = new Set(original.passages.map((p) => key(p.text)));
    expect(copy.passages.filter((p) => shown.has(key(p.text)))).toEqual([]);
    // The repeated words are still cited in the copy, from the original's passage.
    const citedInCopy = original.passages.flatMap((p) => p.cites).filter((n) => doc.citations[n - 1].articleId === a4.id);
    expect(citedInCopy.length).toBeGreaterThan(0);
  });

  it('numbers citations 1..n in reading order, each resolving to its source and paragraph', () => {
    expect(doc.citations.map((c) => c.n)).toEqual(doc.citations.map((_, i) => i + 1));
    const order = readingOrder(doc);
    const firstSeen = order.filter((n, i) => order.indexOf(n) === i);
    expect(firstSeen).toEqual(doc.citations.map((c) => c.n));
    for (const c of doc.citations) {
      const source = doc.sources[c.source - 1];
      expect(source.articleId).toBe(c.articleId);
      const article = byId.get(c.articleId)!;
      const [ps, pe] = sampleParagraphs(article.text)[c.paragraph! - 1];
      expect(c.start! >= ps && c.end! <= pe).toBe(true);
      expect(c.href).toBe(`#/article/${c.articleId}?at=${c.start}-${c.end}`);
    }
  });

  it('lists sources in date order with their file names, linking near-copies', () => {
    expect(doc.sources.map((s) => s.n)).toEqual(doc.sources.map((_, i) => i + 1));
    expect(doc.sources.map((s) => s.fileName).sort()).toEqual(sampleArticles().map((a) => a.source.fileName).sort());
    const copies = doc.sources.filter((s) => s.copies.length > 0);
    expect(copies).toHaveLength(2);
    expect(copies[0].copies).toEqual([copies[1].n]);
  });

  it('merges roles and quotes with the same words, keeping every place as a citation', () => {
    expect(doc.roles.map((r) => r.text)).toEqual(["Syria's ambassador to Iraq", 'former ambassador to Iraq']);
    expect(doc.roles[0].cites).toHaveLength(input.figure.roles.filter((r) => r.text === "Syria's ambassador to Iraq").length);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].cites).toHaveLength(2);
  });

  it('gives the first and last dated mentions', () => {
    const dated = doc.passages.filter((g) => g.published).map((g) => g.published!);
    expect(doc.summary.first?.date).toBe(dated[0]);
    expect(doc.summary.last?.date).toBe(dated[dated.length - 1]);
    expect(doc.summary.undatedArticles).toBe(1);
    expect(doc.summary.outletNames).toContain('BBC News');
  });

  it('finds figures named in the same paragraph, leaving hidden ones out', () => {
    const names = doc.related.map((r) => r.name);
    expect(names).toContain('Bashar al-Assad');
    expect(names).toContain('Manaf Tlas');
    expect(names).not.toContain('Deir Ezzor');
    expect(names).not.toContain('Nawaf Fares');
    const counts = doc.related.map((r) => r.paragraphs);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const sermini = doc.related.find((r) => r.name === 'Mohamed Sermini');
    expect(sermini).toBeUndefined(); // his paragraph never names Fares
  });

  it('includes the highlights and notes linked to the figure only', () => {
    const [a0, , a2] = input.articles;
    const withAnnotations = buildDossier({
      ...input,
      highlights: [
        highlight(a2.id, a2.text, 'a Sunni  who is said to have close ties'),
        highlight(a0.id, a0.text, 'Manaf Tlas', { figureIds: ['tlas'] }),
        highlight(a0.id, a0.text, 'Nawaf Fares', { anchor: { state: 'orphan', score: 0.2 } }),
      ],
      notes: [note('n1', 'Timeline', 'When did [[Nawaf al-Fares|Fares]] leave?'), note('n2', 'Other', 'About [[Manaf Tlas]].')],
    });
    // In source order: the 11 July article (a2) comes before the 30 July one (a0); the Tlas highlight is left out.
    expect(withAnnotations.highlights.map((h) => h.quote)).toEqual(['a Sunni  who is said to have close ties', 'Nawaf Fares']);
    const orphan = withAnnotations.highlights.find((h) => h.status === 'orphan')!;
    expect(withAnnotations.citations[orphan.cites[0] - 1].paragraph).toBeNull();
    expect(withAnnotations.notes.map((n) => n.id)).toEqual(['n1']);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

function sampleParagraphs(text: string): Array<[number, number]> {
  return sampleArticles().find((a) => a.text === text)!.paragraphs;
}
