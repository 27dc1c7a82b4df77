import { describe, expect, it } from 'vitest';
import { parseLinks, resolveLinks } from './parse';

const catalog = {
  figures: [{ id: 'f1', name: 'Nawaf Fares', aliases: ['Nawaf al-Fares'] }, { id: 'f2', name: 'Khaled al-Ayoubi', aliases: ['Ayoubi'] }],
  articles: [{ id: 'a1', title: "Syria's Ambassador To Baghdad Quits" }],
};

describe('parseLinks', () => {
  it('returns target, label and offsets, and skips links inside code', () => {
    const body = 'Met [[Nawaf Fares|the envoy]] today.\n`[[not a link]]` and\n```\n[[nor this]]\n```\nbut [[Ayoubi]].';
    const links = parseLinks(body);
    expect(links.map((l) => [l.target, l.label])).toEqual([['Nawaf Fares', 'the envoy'], ['Ayoubi', 'Ayoubi']]);
    expect(body.slice(links[1].start, links[1].end)).toBe('[[Ayoubi]]');
  });
});

describe('resolveLinks', () => {
  it('resolves figures by name or alias and articles by title, ignoring case and punctuation', () => {
    const links = parseLinks('[[nawaf al fares]] [[KHALED AL-AYOUBI.]] [[syrias ambassador to baghdad quits]] [[Bashar]]');
    expect(resolveLinks(links, catalog).map((l) => [l.kind, l.id])).toEqual([
      ['figure', 'f1'], ['figure', 'f2'], ['article', 'a1'], ['missing', null],
    ]);
  });
});
