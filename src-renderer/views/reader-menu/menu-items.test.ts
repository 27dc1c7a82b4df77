import { describe, expect, it } from 'vitest';
import { menuAction, paragraphLink, readerMenuEntries, shortQuote } from './menu-items';
import { parseRoute } from '../../app/router';

const names = ['Claim', 'Evidence', 'Contradiction', 'Follow up', 'Background'];
const labels = (sel: string | null, mentionsShown = false, mac = false) =>
  readerMenuEntries({ selection: sel, colourNames: names, mentionsShown, mac }).flatMap((e) => (e.type === 'item' ? [e.label] : []));

describe('readerMenuEntries', () => {
  it('offers the paragraph, mentions and find items always, the selection items only with a selection', () => {
    expect(labels(null)).toEqual(['Copy link to this paragraph', 'Show mentions', 'Find in article']);
    const all = labels('White House spokesman');
    expect(all.slice(0, 6)).toEqual([...names, 'Add note…']);
    expect(all).toContain('Copy with citation');
    expect(all).toContain('Copy');
    expect(all).toContain('Search the notebook for “White House spokesman”');
    expect(all.slice(-3)).toEqual(['Copy link to this paragraph', 'Show mentions', 'Find in article']);
  });
  it('names the colours by meaning, each spoken as "Highlight as …", and follows the mentions state', () => {
    const entries = readerMenuEntries({ selection: 'x', colourNames: names, mentionsShown: true, mac: true });
    const red = entries.find((e) => e.type === 'item' && e.value === 'highlight:2');
    expect(red).toMatchObject({ label: 'Contradiction', spoken: 'Highlight as', colour: 2 });
    expect(labels(null, true)).toContain('Hide mentions');
    expect(entries.find((e) => e.type === 'item' && e.value === 'find')).toMatchObject({ hint: '⌘F' });
  });
  it('maps every offered value back to its action', () => {
    const values = readerMenuEntries({ selection: 'x', colourNames: names, mentionsShown: false, mac: false }).flatMap((e) => (e.type === 'item' ? [e.value] : []));
    expect(values.map(menuAction).every(Boolean)).toBe(true);
    expect(menuAction('highlight:4')).toEqual({ kind: 'highlight', colour: 4 });
    expect(menuAction('link')).toEqual({ kind: 'link' });
    expect(menuAction('delete-everything')).toBeNull();
  });
});

describe('shortQuote', () => {
  it('keeps short text, folds spaces and cuts long text between words, with an ellipsis', () => {
    expect(shortQuote('  a\n b ')).toBe('a b');
    expect(shortQuote('one two three four five six seven', 12)).toBe('one two…');
    expect(shortQuote('Unbreakablelongwordwithoutspaces', 12)).toBe('Unbreakable…');
  });
});

describe('paragraphLink', () => {
  it('is a route the app opens on the paragraph', () => {
    const link = paragraphLink('a b', [120, 480]);
    expect(link).toBe('#/article/a%20b?at=120-480');
    const route = parseRoute(link);
    expect(route).toMatchObject({ name: 'article', id: 'a b' });
    expect(route.name === 'article' && route.params.get('at')).toBe('120-480');
  });
});
