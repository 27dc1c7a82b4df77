import { describe, expect, it } from 'vitest';
import type { Highlight, Note } from '../../shared/model';
import { describe as describeTarget } from '../anchoring';
import { backlinks } from './backlinks';
import { highlightsToMarkdown } from './export';

const text = 'Fares quit on Wednesday.\nHe urged others to follow.\nThe regime denied it.';
const article = { id: 'a1', title: 'Envoy quits', outlet: 'BBC', published: '2012-07-11', text, paragraphs: [[0, 24], [25, 51], [52, 73]] as [number, number][] };
const at = (quote: string) => describeTarget(text, text.indexOf(quote), text.indexOf(quote) + quote.length);
const hl = (id: string, target: Highlight['target'], colour: number, note = '', figureIds: string[] = []): Highlight => ({
  id, articleId: 'a1', target, colour, note, figureIds, tags: [], anchor: { state: 'ok' }, created: '', updated: '',
});
const gone: Highlight['target'] = [{ type: 'TextQuoteSelector', exact: 'a passage that was removed entirely', prefix: '', suffix: '' }];
const notes: Note[] = [
  { id: 'n1', title: 'Timeline', body: 'Day one: [[envoy quits]] and [[Nawaf Fares|Fares]].', tags: [], created: '', updated: '2' },
  { id: 'n2', title: 'Other', body: 'Nothing here about [[Someone else]].', tags: [], created: '', updated: '1' },
];
const colours = ['Claim', 'Evidence', 'Contradiction', 'Follow up', 'Background'];

describe('highlightsToMarkdown from stored highlights', () => {
  const md = highlightsToMarkdown(article, [hl('h2', at('The regime denied it.'), 2, 'See [[Nawaf Fares]].'), hl('h1', at('Fares quit'), 0), hl('h3', gone, 3, 'check')], notes, colours);
  it('lists anchored quotes in text order with [¶n] and a footnote to the source', () => {
    expect(md.indexOf('> Fares quit')).toBeLessThan(md.indexOf('> The regime denied it.'));
    expect(md).toContain('## 2. Contradiction\n\n> The regime denied it.\n> [¶3][^source]');
    expect(md).toContain('[^source]: “Envoy quits”, BBC, 11 July 2012.');
    expect(md).toContain('See Nawaf Fares.'); // links become their labels in an export
  });
  it('lists orphans with their stored quote, and the notes that link to the article', () => {
    expect(md).toContain('## Orphaned highlights');
    expect(md).toContain('- Follow up: “a passage that was removed entirely” — check');
    expect(md).toContain('### Timeline\n\nDay one: envoy quits and Fares.');
    expect(md).not.toContain('### Other');
  });
});

describe('backlinks', () => {
  const catalog = { figures: [{ id: 'f1', name: 'Nawaf Fares', aliases: ['Fares'] }], articles: [{ id: 'a1', title: 'Envoy quits' }] };
  const highlights = [hl('h1', at('Fares quit'), 0, '', ['f1']), hl('h2', at('He urged'), 1, 'cf. [[nawaf fares]]'), hl('h3', at('The regime'), 1)];
  it('finds the notes and highlights that point at a figure', () => {
    const b = backlinks(notes, highlights, 'f1', catalog);
    expect(b.notes.map((n) => n.id)).toEqual(['n1']);
    expect(b.highlights.map((h) => h.id)).toEqual(['h1', 'h2']);
  });
  it('finds notes linking to an article by title, and nothing for an unknown id', () => {
    expect(backlinks(notes, highlights, 'a1', catalog).notes.map((n) => n.id)).toEqual(['n1']);
    expect(backlinks(notes, highlights, 'nope', catalog)).toEqual({ notes: [], highlights: [] });
  });
});
