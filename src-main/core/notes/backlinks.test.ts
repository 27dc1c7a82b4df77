import { describe, expect, it } from 'vitest';
import type { Highlight, Note } from '../../shared/model';
import { backlinksTo } from './backlinks';
import { linkResolver } from '../../shared/link-resolver';

const resolver = linkResolver({
  figures: [{ id: 'f1', name: 'Nawaf Fares', aliases: [] }, { id: 'f2', name: 'Bassam Imadi', aliases: [] }],
  articles: [{ id: 'a1', title: 'Ambassador quits' }],
  notes: [{ id: 'n1', title: 'Timeline' }],
});
const note = (id: string, body: string, updated = '2024-01-01'): Note => ({ id, title: id, body, tags: [], created: updated, updated });
const hl = (id: string, figureIds: string[], text = ''): Highlight => ({
  id, articleId: 'a1', target: [], colour: 0, note: text, figureIds, tags: [], anchor: { state: 'ok' }, created: '', updated: '',
});

describe('backlinksTo', () => {
  const notes = [note('n1', '# Timeline\nFirst [[Nawaf Fares]] left.'), note('n2', 'About [[Ambassador quits]]', '2024-02-01'), note('n3', 'see [[Timeline]]')];
  const highlights = [hl('h1', ['f1']), hl('h2', [], 'contradicts [[Nawaf Fares]]'), hl('h3', ['f2'])];
  it('finds notes and highlights pointing at a figure, with the linking line as excerpt', () => {
    const b = backlinksTo('figure', ['f1'], notes, highlights, resolver);
    expect(b.notes.map((n) => n.id)).toEqual(['n1']);
    expect(b.notes[0].excerpt).toBe('First [[Nawaf Fares]] left.');
    expect(b.highlights.map((h) => h.id)).toEqual(['h1', 'h2']);
  });
  it('finds notes linking to an article or to another note, never a note to itself', () => {
    expect(backlinksTo('article', ['a1'], notes, highlights, resolver).notes.map((n) => n.id)).toEqual(['n2']);
    expect(backlinksTo('note', ['n1'], notes, highlights, resolver).notes.map((n) => n.id)).toEqual(['n3']);
  });
  it('accepts several ids for one thing (merged figures)', () => {
    expect(backlinksTo('figure', ['f1', 'f2'], notes, highlights, resolver).highlights).toHaveLength(3);
  });
});
