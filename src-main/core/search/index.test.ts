import { describe, expect, it } from 'vitest';
import type { Span } from '../../shared/model';
import { articleToDocs, highlightToDoc, noteToDoc, SEARCH_INDEX_VERSION, SearchIndex, SearchIndexFormatError } from './index';
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

describe('SearchIndex', () => {
  it('tolerates a misspelt word (two letters swapped)', () => {
    const index = build();
    index.search('defectoin');
    const hits = index.search('defectoin'); // a query must not teach the index its misspelling
    expect(ids(hits)).toContain('a1');
    expect(ids(hits)).not.toContain('c3');
  });

  it('matches an unfinished last word as a prefix', () => {
    const hits = build().search('ambass');
    expect(new Set(ids(hits))).toEqual(new Set(['a1', 'c3']));
  });

  it('keeps only documents that contain a quoted phrase word for word', () => {
    const index = build();
    expect(ids(index.search('"conscience no longer allowed"'))).toEqual(expect.arrayContaining(['a1', 'h1']));
    expect(ids(index.search('"conscience no longer allowed"'))).not.toContain('b2');
    expect(ids(index.search('conscience allowed longer'))).toContain('b2'); // the same words, unquoted
  });

  it('ranks a title hit above a body hit', () => {
    const index = SearchIndex.fromDocs([
      ...articleToDocs(article('body', 'Markets fall', ['Analysts expect the envoy to travel to Geneva next week for talks.'])),
      ...articleToDocs(article('title', 'Envoy arrives', ['Talks were expected to start on Monday in Geneva with all parties.'])),
    ]);
    expect(ids(index.search('envoy'))).toEqual(['title', 'body']);
  });

  it('filters by kind, outlet, figure, colour, tag and date range', () => {
    const index = build();
    expect(ids(index.search('fares', { filters: { kinds: ['note'] } }))).toEqual(['n1']);
    expect(ids(index.search('ambassador', { filters: { outlet: 'reuters', kinds: ['article'] } })).sort()).toEqual(['a1', 'c3']);
    expect(ids(index.search('ambassador', { filters: { figureId: 'fares', kinds: ['article'] } }))).toEqual(['a1']);
    expect(ids(index.search('conscience', { filters: { colour: 2 } }))).toEqual(['h1']);
    expect(ids(index.search('conscience', { filters: { tag: 'motive' } }))).toEqual(['h1']);
    expect(ids(index.search('ambassador', { filters: { from: '2012-08-01', to: '2012-12-31' } }))).toEqual(['c3']);
  });

  it('removes and replaces documents incrementally', () => {
    const index = build();
    index.remove(['c3']);
    expect(ids(index.search('ambassador'))).not.toContain('c3');
    index.replace(articleToDocs(article('a1', 'Syrian envoy to Iraq quits', ['Nawaf Fares left for Qatar.'])));
    expect(ids(index.search('defection'))).not.toContain('a1');
    expect(ids(index.search('qatar'))).toEqual(['a1']);
    expect(index.size).toBe(4);
  });

  it('deletes one document by kind, leaving a document of another kind with the same id', () => {
    const index = SearchIndex.fromDocs([...articleToDocs(A), noteToDoc({ id: 'a1', title: 'Fares', body: 'ambassador notes', tags: [] })]);
    expect(index.delete('note', 'a1')).toBe(true);
    expect(index.delete('note', 'a1')).toBe(false);
    expect(index.search('ambassador').map((h) => `${h.kind}:${h.id}`)).toEqual(['article:a1']);
  });

  it('gives the same results after a JSON round trip', () => {
    const index = build();
    index.remove(['b2']);
    const restored = SearchIndex.load(JSON.parse(JSON.stringify(index.toJSON())));
    for (const q of ['fares', 'defectoin', 'ambass', '"no longer allowed"', 'conscience regime']) {
      expect(restored.search(q)).toEqual(index.search(q));
    }
    restored.add(articleToDocs(B));
    expect(ids(restored.search('ayoubi'))).toContain('b2');
  });

  it('refuses an index of another version, so the caller rebuilds', () => {
    const json = build().toJSON() as { version: number };
    expect(() => SearchIndex.load({ ...json, version: SEARCH_INDEX_VERSION + 1 })).toThrow(SearchIndexFormatError);
    expect(() => SearchIndex.load(null)).toThrow(SearchIndexFormatError);
  });

  it('marks the hit words in the snippet and lands on their paragraph', () => {
    const hit = build().search('conscience regime', { filters: { kinds: ['article'] } }).find((h) => h.id === 'a1')!;
    const words = hit.marks.map(([s, e]) => fold(hit.snippet.slice(s, e)));
    expect(words.sort()).toEqual(['conscience', 'regime']);
    expect(A.text.slice(hit.start, hit.end)).toBe(A.text.split('\n')[1]);
  });

  it('marks a phrase as one range and a typo by the word found', () => {
    const index = build();
    const phrase = index.search('"no longer allowed"').find((h) => h.id === 'a1')!;
    expect(phrase.marks.map(([s, e]) => phrase.snippet.slice(s, e))).toEqual(['no longer allowed']);
    const typo = index.search('defectoin')[0];
    expect(typo.marks.map(([s, e]) => typo.snippet.slice(s, e))).toEqual(['defection']);
  });

  it('lands a highlight hit on its quote', () => {
    const hit = build().search('key claim').find((h) => h.kind === 'highlight')!;
    expect([hit.start, hit.end]).toEqual([88, 124]);
    expect(hit.articleId).toBe('a1');
  });

  it('suggests indexed words for a prefix', () => {
    const s = build().suggest('Ambas');
    expect(s).toContain('ambassador');
    expect(s.every((t) => t.startsWith('ambas'))).toBe(true);
  });

  it('forgets the words of removed documents, and keeps word counts through a round trip', () => {
    const index = build();
    expect(index.suggest('baghd')).toEqual(['baghdad']);
    index.remove(['a1']);
    expect(index.suggest('baghd')).toEqual([]);
    const restored = SearchIndex.load(JSON.parse(JSON.stringify(index.toJSON())));
    expect(restored.suggest('a', 50)).toEqual(index.suggest('a', 50));
  });

  it('returns nothing for a query of stop words only and respects the limit', () => {
    const index = build();
    expect(index.search('the of')).toEqual([]);
    expect(index.search('ambassador fares conscience', { limit: 2 })).toHaveLength(2);
  });

  it('treats the same id under another kind as another document', () => {
    const docs: SearchDoc[] = [
      { kind: 'note', id: 'x', title: 'Ankara', text: 'one' },
      { kind: 'figure', id: 'x', title: 'Ankara', text: 'two' },
    ];
    expect(SearchIndex.fromDocs(docs).search('ankara').map((h) => h.kind).sort()).toEqual(['figure', 'note']);
  });
});
