import { describe, expect, it } from 'vitest';
import { linkCompletions } from './completions';

const figures = [
  { id: 'f1', name: 'Nawaf Fares', aliases: ['Nawaf al-Fares'] },
  { id: 'f2', name: 'Khaled al-Ayoubi', aliases: ['Ayoubi'] },
  { id: 'f3', name: 'Manaf Tlas', aliases: [] },
  { id: 'f4', name: 'Farouk al-Sharaa', aliases: [] },
];
const articles = [{ id: 'a1', title: 'Syrian envoy to Iraq Nawaf Fares defects' }, { id: 'a2', title: 'Fares joins opposition' }];

describe('linkCompletions', () => {
  it('ranks prefix matches first, then word starts, then substrings', () => {
    const got = linkCompletions('fa', figures, articles);
    expect(got[0]).toMatchObject({ kind: 'figure', id: 'f4' }); // "Farouk…" starts with it
    expect(got.map((c) => c.id)).toEqual(['f4', 'a2', 'f1', 'a1']); // 'Manaf Tlas' has no 'fa': left out
  });
  it('matches aliases and says which', () => {
    expect(linkCompletions('ayoubi', figures, articles)[0]).toMatchObject({ id: 'f2', insert: 'Khaled al-Ayoubi', via: 'Ayoubi' });
  });
  it('tolerates a typo and ignores punctuation', () => {
    expect(linkCompletions('nawaf alfares', figures, articles)[0]).toMatchObject({ id: 'f1' });
    expect(linkCompletions('tlaz', figures, articles).map((c) => c.id)).toContain('f3');
    expect(linkCompletions('zzzz', figures, articles)).toEqual([]);
  });
  it('honours the limit and lists everything for an empty prefix', () => {
    expect(linkCompletions('', figures, articles, 3)).toHaveLength(3);
    expect(linkCompletions('', figures, articles)).toHaveLength(6);
  });
});
