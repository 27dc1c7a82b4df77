import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../shared/model';
import { citation, paragraphAt, quoteWithCitation } from '../../shared/citation';
import { highlightsToMarkdown, type PlacedHighlight } from './export';

const text = 'First paragraph about Fares.\nSecond paragraph: the ambassador quit.\nThird one.';
const article = {
  title: 'Envoy *quits*', outlet: 'BBC', published: '2012-07-11', url: null,
  paragraphs: [[0, 28], [29, 68], [69, 79]] as [number, number][],
};
const h = (id: string, colour: number, note = '', anchor: Highlight['anchor'] = { state: 'ok' }): Highlight => ({
  id, articleId: 'a', target: [], colour, note, figureIds: [], tags: id === 'b' ? ['lead'] : [], anchor, created: '', updated: '',
});
const place = (hl: Highlight, quote: string): PlacedHighlight => {
  const at = text.indexOf(quote);
  return { highlight: hl, quote, start: hl.anchor.state === 'orphan' ? null : at, end: hl.anchor.state === 'orphan' ? null : at + quote.length };
};

describe('citations', () => {
  it('finds the paragraph of an offset and formats title, outlet, date, paragraph', () => {
    expect(paragraphAt(article, 0)).toBe(1);
    expect(paragraphAt(article, text.indexOf('ambassador'))).toBe(2);
    expect(paragraphAt(article, text.length - 1)).toBe(3);
    expect(citation(article, 2)).toBe('“Envoy *quits*”, BBC, 11 July 2012, para. 2');
    expect(quoteWithCitation('the  ambassador\nquit', { ...article, outlet: null, published: null }, null)).toBe('“the ambassador quit” (“Envoy *quits*”)');
  });
});

describe('highlightsToMarkdown', () => {
  const colourNames = ['Claim', 'Evidence', 'Contradiction', 'Follow up', 'Background'];
  const md = highlightsToMarkdown(
    article,
    [place(h('b', 2, 'Check with **Reuters**.'), 'the ambassador quit'), place(h('a', 0), 'about Fares'), place(h('c', 3, '', { state: 'orphan', score: 0.2 }), 'gone words')],
    { colourNames, exportedAt: '2024-03-05T10:00:00Z' },
  );
  it('lists highlights in text order with colour meaning, paragraph and citation', () => {
    expect(md.indexOf('about Fares')).toBeLessThan(md.indexOf('the ambassador quit'));
    expect(md).toContain('## Contradiction (para. 2)');
    expect(md).toContain('> the ambassador quit\n>\n> — “Envoy \\*quits\\*”, BBC, 11 July 2012, para. 2');
    expect(md).toContain('Check with **Reuters**.');
    expect(md).toContain('Tags: #lead');
    expect(md.startsWith('# Highlights: Envoy \\*quits\\*')).toBe(true);
  });
  it('puts orphans last, under their own heading, without a paragraph', () => {
    expect(md.indexOf('## Orphaned highlights')).toBeGreaterThan(md.indexOf('the ambassador quit'));
    expect(md).toContain('## Follow up\n\n> gone words');
  });
  it('says so when there is nothing to export', () => {
    expect(highlightsToMarkdown(article, [], { colourNames })).toContain('No highlights');
  });
});
