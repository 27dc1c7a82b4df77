import { describe, expect, it } from 'vitest';
import { articleToDocs, figureToDoc, highlightToDoc, noteToDoc } from './docs';

describe('search documents', () => {
  it('makes one article document carrying paragraphs and the union of its figures', () => {
    const [d] = articleToDocs(
      { id: 'a', title: 'T', outlet: 'AP', published: '2012-01-02', text: 'one\ntwo', paragraphs: [[0, 3], [4, 7]] },
      [['f1'], ['f1', 'f2']],
    );
    expect(d).toMatchObject({ kind: 'article', id: 'a', articleId: 'a', paragraphs: [[0, 3], [4, 7]] });
    expect(d.figureIds).toEqual(['f1', 'f2']);
  });

  it('indexes a highlight by quote and note and locates it by position', () => {
    const d = highlightToDoc({
      id: 'h', articleId: 'a', colour: 1, note: 'why', figureIds: [], tags: [],
      target: [{ type: 'TextQuoteSelector', exact: 'the quote', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 5, end: 14 }],
    });
    expect(d).toMatchObject({ text: 'the quote\nwhy', start: 5, end: 14, colour: 1 });
  });

  it('turns notes and figures into documents', () => {
    expect(noteToDoc({ id: 'n', title: 'N', body: 'b', tags: ['x'] })).toMatchObject({ kind: 'note', text: 'b', tags: ['x'] });
    const role = { text: 'envoy', articleId: 'a', start: 0, end: 5, sentence: [0, 5] as [number, number] };
    expect(figureToDoc({ id: 'f', name: 'Nawaf Fares', aliases: ['Nawaf al-Fares'], roles: [role, role] }).text)
      .toBe('Nawaf al-Fares\nenvoy');
  });
});
