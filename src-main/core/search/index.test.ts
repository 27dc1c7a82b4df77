import { describe, expect, it } from 'vitest';
import type { Span } from '../../shared/model';
import { articleToDocs, highlightToDoc, noteToDoc, SavedIndex, SEARCH_INDEX_VERSION, SearchIndex, SearchIndexFormatError, type TextSource } from './index';
import { fold } from './terms';
import type { SearchDoc } from './types';

function article(id: string, title: string, paras: string[], extra: { outlet?: string; published?: string } = {}) {
  const text = paras.join('\n');
  const paragraphs: Span[] = [];
  let at = 0;
  for (const p of paras) {
    paragraphs.push([at, at + p.length]);
    at += p.length + 1;
  }
  return { id, title, outlet: extra.outlet ?? null, published: extra.published ?? null, text, paragraphs };
}

const A = article('a1', 'Syrian envoy to Iraq quits', [
  'Nawaf Fares, Syria\'s ambassador to Iraq, announced his defection on Wednesday.',
  'He said his conscience no longer allowed him to serve the regime.',
  'Officials in Baghdad declined to comment.',
], { outlet: 'Reuters', published: '2012-07-11' });
const B = article('b2', 'Diplomat resigns in London', [
  'Khaled al-Ayoubi, the charge d\'affaires, resigned on Monday.',
  'The Foreign Office said it was another blow; no conscience was shown, he said, and allowed nothing longer.',
], { outlet: 'The Guardian', published: '2012-07-30' });
const C = article('c3', 'Refugees cross the border', [
  'Thousands crossed into Turkey as the ambassador in Ankara watched.',
], { outlet: 'Reuters', published: '2012-08-02' });

function build(): SearchIndex {
  return SearchIndex.fromDocs([
    ...articleToDocs(A, [['fares'], [], []]),
    ...articleToDocs(B, [['ayoubi'], []]),
    ...articleToDocs(C),
    noteToDoc({ id: 'n1', title: 'Timeline', body: 'Check the date of the Fares defection against the Guardian report.', tags: ['todo'] }),
    highlightToDoc({
      id: 'h1', articleId: 'a1', colour: 2, note: 'key claim', figureIds: ['fares'], tags: ['motive'],
      target: [{ type: 'TextQuoteSelector', exact: 'his conscience no longer allowed him', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 88, end: 124 }],
    }, { title: A.title, outlet: A.outlet, published: A.published }),
  ]);
}

const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

/** Saved and loaded back, the index through JSON as the service stores it (the signatures' bytes as they are). */
function roundTrip(index: SearchIndex, texts?: TextSource): SearchIndex {
  const { index: form, phrases } = index.save();
  return SearchIndex.load({ index: JSON.parse(JSON.stringify(form)), phrases }, texts);
}

describe('SearchIndex', async () => {
  it('tolerates a misspelt word (two letters swapped)', async () => {
    const index = build();
    await index.search('defectoin');
    const hits = await index.search('defectoin'); // a query must not teach the index its misspelling
    expect(ids(hits)).toContain('a1');
    expect(ids(hits)).not.toContain('c3');
  });

  it('matches an unfinished last word as a prefix', async () => {
    const hits = await build().search('ambass');
    expect(new Set(ids(hits))).toEqual(new Set(['a1', 'c3']));
  });

  it('keeps only documents that contain a quoted phrase word for word', async () => {
    const index = build();
    expect(ids(await index.search('"conscience no longer allowed"'))).toEqual(expect.arrayContaining(['a1', 'h1']));
    expect(ids(await index.search('"conscience no longer allowed"'))).not.toContain('b2');
    expect(ids(await index.search('conscience allowed longer'))).toContain('b2'); // the same words, unquoted
  });

  it('ranks a title hit above a body hit', async () => {
    const index = SearchIndex.fromDocs([
      ...articleToDocs(article('body', 'Markets fall', ['Analysts expect the envoy to travel to Geneva next week for talks.'])),
      ...articleToDocs(article('title', 'Envoy arrives', ['Talks were expected to start on Monday in Geneva with all parties.'])),
    ]);
    expect(ids(await index.search('envoy'))).toEqual(['title', 'body']);
  });

  it('filters by kind, outlet, figure, colour, tag and date range', async () => {
    const index = build();
    expect(ids(await index.search('fares', { filters: { kinds: ['note'] } }))).toEqual(['n1']);
    expect(ids(await index.search('ambassador', { filters: { outlet: 'reuters', kinds: ['article'] } })).sort()).toEqual(['a1', 'c3']);
    expect(ids(await index.search('ambassador', { filters: { figureId: 'fares', kinds: ['article'] } }))).toEqual(['a1']);
    expect(ids(await index.search('conscience', { filters: { colour: 2 } }))).toEqual(['h1']);
    expect(ids(await index.search('conscience', { filters: { tag: 'motive' } }))).toEqual(['h1']);
    expect(ids(await index.search('ambassador', { filters: { from: '2012-08-01', to: '2012-12-31' } }))).toEqual(['c3']);
  });

  it('removes and replaces documents incrementally', async () => {
    const index = build();
    index.remove(['c3']);
    expect(ids(await index.search('ambassador'))).not.toContain('c3');
    index.replace(articleToDocs(article('a1', 'Syrian envoy to Iraq quits', ['Nawaf Fares left for Qatar.'])));
    expect(ids(await index.search('defection'))).not.toContain('a1');
    expect(ids(await index.search('qatar'))).toEqual(['a1']);
    expect(index.size).toBe(4);
  });

  it('deletes one document by kind, leaving a document of another kind with the same id', async () => {
    const index = SearchIndex.fromDocs([...articleToDocs(A), noteToDoc({ id: 'a1', title: 'Fares', body: 'ambassador notes', tags: [] })]);
    expect(index.delete('note', 'a1')).toBe(true);
    expect(index.delete('note', 'a1')).toBe(false);
    expect((await index.search('ambassador')).map((h) => `${h.kind}:${h.id}`)).toEqual(['article:a1']);
  });

  it('gives the same results after a JSON round trip', async () => {
    const index = build();
    index.remove(['b2']);
    const restored = roundTrip(index);
    for (const q of ['fares', 'defectoin', 'ambass', '"no longer allowed"', 'conscience regime']) {
      expect(await restored.search(q)).toEqual(await index.search(q));
    }
    restored.add(articleToDocs(B));
    expect(ids(await restored.search('ayoubi'))).toContain('b2');
  });

  it('refuses an index of another version, so the caller rebuilds', async () => {
    const saved = build().save();
    expect(() => SearchIndex.load({ ...saved, index: { ...saved.index, version: SEARCH_INDEX_VERSION + 1 } })).toThrow(SearchIndexFormatError);
    expect(() => SearchIndex.load(null as never)).toThrow(SearchIndexFormatError);
    expect(() => SavedIndex.open({ ...saved.index, version: SEARCH_INDEX_VERSION + 1 })).toThrow(SearchIndexFormatError);
  });

  it('marks the hit words in the snippet and lands on their paragraph', async () => {
    const hit = (await build().search('conscience regime', { filters: { kinds: ['article'] } })).find((h) => h.id === 'a1')!;
    const words = hit.marks.map(([s, e]) => fold(hit.snippet.slice(s, e)));
    expect(words.sort()).toEqual(['conscience', 'regime']);
    expect(A.text.slice(hit.start, hit.end)).toBe(A.text.split('\n')[1]);
  });

  it('marks a phrase as one range and a typo by the word found', async () => {
    const index = build();
    const phrase = (await index.search('"no longer allowed"')).find((h) => h.id === 'a1')!;
    expect(phrase.marks.map(([s, e]) => phrase.snippet.slice(s, e))).toEqual(['no longer allowed']);
    const [typo] = await index.search('defectoin');
    expect(typo.marks.map(([s, e]) => typo.snippet.slice(s, e))).toEqual(['defection']);
  });

  it('lands a highlight hit on its quote', async () => {
    const hit = (await build().search('key claim')).find((h) => h.kind === 'highlight')!;
    expect([hit.start, hit.end]).toEqual([88, 124]);
    expect(hit.articleId).toBe('a1');
  });

  it('suggests indexed words for a prefix', async () => {
    const s = build().suggest('Ambas');
    expect(s).toContain('ambassador');
    expect(s.every((t) => t.startsWith('ambas'))).toBe(true);
  });

  it('forgets the words of removed documents, and keeps word counts through a round trip', async () => {
    const index = build();
    expect(index.suggest('baghd')).toEqual(['baghdad']);
    index.remove(['a1']);
    expect(index.suggest('baghd')).toEqual([]);
    const restored = roundTrip(index);
    expect(restored.suggest('a', 50)).toEqual(index.suggest('a', 50));
  });

  it('returns nothing for a query of stop words only and respects the limit', async () => {
    const index = build();
    expect(await index.search('the of')).toEqual([]);
    expect(await index.search('ambassador fares conscience', { limit: 2 })).toHaveLength(2);
  });

  it('treats the same id under another kind as another document', async () => {
    const docs: SearchDoc[] = [
      { kind: 'note', id: 'x', title: 'Ankara', text: 'one' },
      { kind: 'figure', id: 'x', title: 'Ankara', text: 'two' },
    ];
    expect((await SearchIndex.fromDocs(docs).search('ankara')).map((h) => h.kind).sort()).toEqual(['figure', 'note']);
  });
  it('answers the same from a saved index opened as it lies, with article texts read on demand', async () => {
    const bodies = new Map([A, B, C].map((a) => [a.id, { text: a.text, paragraphs: a.paragraphs }]));
    const reads: string[] = [];
    const texts: TextSource = async (doc) => {
      reads.push(doc.id);
      return bodies.get(doc.id);
    };
    const kept = build();
    const lean = SearchIndex.fromDocs([...articleToDocs(A, [['fares'], [], []]), ...articleToDocs(B, [['ayoubi'], []]), ...articleToDocs(C),
      noteToDoc({ id: 'n1', title: 'Timeline', body: 'Check the date of the Fares defection against the Guardian report.', tags: ['todo'] }),
      highlightToDoc({
        id: 'h1', articleId: 'a1', colour: 2, note: 'key claim', figureIds: ['fares'], tags: ['motive'],
        target: [{ type: 'TextQuoteSelector', exact: 'his conscience no longer allowed him', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: 88, end: 124 }],
      }, { title: A.title, outlet: A.outlet, published: A.published })], texts);
    const { index: form, phrases } = lean.save();
    expect(JSON.stringify(form)).not.toContain('announced his defection'); // article texts stay in their bodies
    const saved = SavedIndex.open(JSON.parse(JSON.stringify(form)), texts, async () => phrases);
    const noPhrases = SavedIndex.open(JSON.parse(JSON.stringify(form)), texts);
    for (const q of ['fares', 'defectoin', 'ambass', '"no longer allowed"', 'conscience regime', 'ambassador reuters', '"his conscience" regime']) {
      const expected = await kept.search(q);
      expect(await lean.search(q)).toEqual(expected);
      expect(await saved.search(q)).toEqual(expected);
      expect(await noPhrases.search(q)).toEqual(expected); // without signatures the texts decide
      expect(await saved.search(q, { filters: { outlet: 'reuters' } })).toEqual(await kept.search(q, { filters: { outlet: 'reuters' } }));
    }
    expect(saved.suggest('ambas')).toEqual(kept.suggest('ambas'));
    reads.length = 0;
    expect(ids(await saved.search('"the ambassador in ankara"'))).toEqual(['c3']);
    expect(reads).toEqual(['c3']); // the signatures ruled the other articles out unread
    const whole = await saved.toIndex();
    const D = article('d4', 'Envoy returns', ['The ambassador returned to Ankara.']);
    bodies.set(D.id, { text: D.text, paragraphs: D.paragraphs });
    whole.add(articleToDocs(D));
    expect(ids(await whole.search('ankara'))).toEqual(expect.arrayContaining(['c3', 'd4']));
  });

  it('builds straight into the saved form and answers as the live index does', async () => {
    const bodies = new Map([A, B, C].map((a) => [a.id, { text: a.text, paragraphs: a.paragraphs }]));
    const texts: TextSource = async (doc) => bodies.get(doc.id);
    const docs = [...articleToDocs(A, [['fares'], [], []]), ...articleToDocs(B, [['ayoubi'], []]), ...articleToDocs(C),
      noteToDoc({ id: 'n1', title: 'Timeline', body: 'Check the date of the Fares defection against the Guardian report.', tags: ['todo'] })];
    const live = SearchIndex.fromDocs(docs, texts);
    const built = SavedIndex.build(docs, texts);
    const saved = built.save()!;
    const reopened = SavedIndex.open(JSON.parse(JSON.stringify(saved.index)), texts, async () => saved.phrases);
    for (const q of ['fares', 'defectoin', 'ambass', '"no longer allowed"', 'conscience regime', '"the ambassador in ankara"']) {
      const expected = await live.search(q);
      expect(await built.search(q)).toEqual(expected);
      expect(await reopened.search(q)).toEqual(expected);
    }
    expect(JSON.stringify(saved.index)).not.toContain('announced his defection');
    expect(built.suggest('a', 50)).toEqual(live.suggest('a', 50));
    const whole = await built.toIndex();
    whole.remove(['a1']);
    expect(ids(await whole.search('fares'))).toEqual(['n1']);
    expect(SavedIndex.open(saved.index).save()).toBeUndefined();
  });

  it('builds the same saved form from documents streamed one at a time', () => {
    const docs = [...articleToDocs(A, [['fares'], [], []]), ...articleToDocs(B), ...articleToDocs(C),
      noteToDoc({ id: 'n1', title: 'Timeline', body: 'Check the date of the Fares defection.', tags: ['todo'] })];
    const texts: TextSource = async () => undefined;
    const builder = SavedIndex.builder(texts);
    for (const d of docs) builder.add(structuredClone(d));
    const streamed = builder.finish().save()!;
    const whole = SavedIndex.build(docs, texts).save()!;
    const unstamped = (s: typeof whole) => ({ index: { ...s.index, stamp: '' }, phrases: { ...s.phrases!, stamp: '' } });
    expect(unstamped(streamed)).toEqual(unstamped(whole));
    const twice = SavedIndex.builder(texts);
    twice.add(docs[0]);
    expect(() => twice.add(docs[0])).toThrow(/duplicate/);
  });

  it('replaces documents removed first and added in batches as one add replaces them (averages to the bit)', () => {
    const W = 'envoy syria talks ankara fares border regime minister iraq baghdad refugees'.split(' ');
    const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => W[(i * 7 + seed * 13 + ((i * seed) % 5)) % W.length]).join(' ');
    const docs = Array.from({ length: 60 }, (_, i) => noteToDoc({ id: `n${i}`, title: words(1 + (i % 4), i), body: words(3 + ((i * 17) % 41), i), tags: [] }));
    const changed = Array.from({ length: 30 }, (_, i) => noteToDoc({ id: `n${i * 2}`, title: words(2 + (i % 3), i + 100), body: words(5 + ((i * 11) % 37), i + 7), tags: [] }));
    const once = SearchIndex.fromDocs(docs);
    once.add(changed);
    const batched = SearchIndex.fromDocs(docs);
    batched.deleteAll(changed); // replacing batch by batch instead would interleave removals and additions
    for (let i = 0; i < changed.length; i += 8) batched.add(changed.slice(i, i + 8));
    const unstamped = (s: ReturnType<SearchIndex['save']>) => ({ index: { ...s.index, stamp: '' }, phrases: { ...s.phrases!, stamp: '' } });
    expect(unstamped(batched.save())).toEqual(unstamped(once.save()));
  });

  it('keeps word counts right through removals without the removed texts', async () => {
    const texts: TextSource = async () => undefined;
    const lean = SearchIndex.fromDocs([...articleToDocs(A), ...articleToDocs(B), ...articleToDocs(C)], texts);
    const kept = SearchIndex.fromDocs([...articleToDocs(A), ...articleToDocs(B), ...articleToDocs(C)]);
    for (const index of [lean, kept]) index.remove(['b2']);
    expect([...lean.counts].sort()).toEqual([...kept.counts].sort());
    expect(lean.suggest('a', 50)).toEqual(kept.suggest('a', 50));
  });
});
