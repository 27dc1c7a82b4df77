import { describe, expect, it } from 'vitest';
import { linkKey, parseWikiLinks } from './wiki-links';
import { linkResolver, linksOf } from './link-resolver';

const targets = {
  figures: [{ id: 'f1', name: 'Nawaf Fares', aliases: ['Nawaf al-Fares'] }],
  articles: [{ id: 'a1', title: "Syria's Ambassador To Baghdad Quits" }],
  notes: [{ id: 'n1', title: 'Timeline' }, { id: 'n2', title: 'Nawaf Fares' }],
};

describe('wiki links', () => {
  it('finds [[target]] and [[target|label]] with their offsets', () => {
    const body = 'See [[Nawaf Fares]] and [[Timeline|the timeline]].';
    const links = parseWikiLinks(body);
    expect(links.map((l) => [l.target, l.label])).toEqual([['Nawaf Fares', 'Nawaf Fares'], ['Timeline', 'the timeline']]);
    expect(body.slice(links[1].start, links[1].end)).toBe('[[Timeline|the timeline]]');
  });
  it('ignores empty and unclosed brackets', () => {
    expect(parseWikiLinks('[[ ]] [[open and [single]')).toEqual([]);
  });
  it('keys ignore case, accents, spacing and curly quotes', () => {
    expect(linkKey('  Syria’s  AMBASSADOR ')).toBe(linkKey("syria's ambassador"));
    expect(linkKey('Café')).toBe(linkKey('cafe'));
  });
});

describe('linkResolver', () => {
  const r = linkResolver(targets);
  it('prefers a figure, by name or alias, over a note of the same title', () => {
    expect(r.resolve('nawaf al-fares')).toMatchObject({ kind: 'figure', id: 'f1' });
    expect(r.resolve('Nawaf Fares')).toMatchObject({ kind: 'figure', id: 'f1' });
  });
  it('honours an explicit kind prefix', () => {
    expect(r.resolve('note:Nawaf Fares')).toMatchObject({ kind: 'note', id: 'n2' });
    expect(r.resolve('article:a1')).toMatchObject({ kind: 'article', name: targets.articles[0].title });
  });
  it('resolves article titles ignoring quote style, and leaves unknown names unresolved', () => {
    expect(r.resolve('Syria’s ambassador to Baghdad quits')).toMatchObject({ kind: 'article', id: 'a1' });
    expect(r.resolve('Nobody')).toBeNull();
  });
  it('lists each linked thing once', () => {
    expect(linksOf('[[Timeline]] [[timeline]] [[Nobody]] [[Nawaf Fares]]', r).map((l) => l.id)).toEqual(['n1', 'f1']);
  });
});
