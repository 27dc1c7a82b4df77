import { describe, expect, it } from 'vitest';
import { byDateThenTitle, compareKey, copyGroups, paragraphIndexAt, paragraphSpans, passageSpans } from './locate';

describe('paragraphSpans', () => {
  it('keeps recorded paragraphs, else takes the non-blank lines, trimmed', () => {
    expect(paragraphSpans('ab', [[0, 2]])).toEqual([[0, 2]]);
    const text = '  One.\n\n Two two. \nThree';
    expect(paragraphSpans(text, []).map(([s, e]) => text.slice(s, e))).toEqual(['One.', 'Two two.', 'Three']);
  });
});

describe('paragraphIndexAt', () => {
  const paragraphs: Array<[number, number]> = [[0, 10], [12, 20], [25, 30]];
  it('finds the paragraph holding an offset, or the one before a gap', () => {
    expect([0, 9, 12, 19, 21, 25, 29].map((o) => paragraphIndexAt(paragraphs, o))).toEqual([0, 0, 1, 1, 1, 2, 2]);
  });
});

describe('passageSpans', () => {
  const text = 'Mr. Fares left. Nobody knew. Fares spoke. Then he went home.';
  const para: [number, number] = [0, text.length];
  const at = (w: string, from = 0): [number, number] => [text.indexOf(w, from), text.indexOf(w, from) + w.length];

  it('takes the sentences holding the mentions, merging neighbours', () => {
    const spans = passageSpans(text, para, [at('Fares'), at('Fares', 10)]);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['Mr. Fares left.', 'Fares spoke.']);
    const merged = passageSpans(text, para, [at('Nobody'), at('Fares', 10)]);
    expect(merged.map(([s, e]) => text.slice(s, e))).toEqual(['Nobody knew. Fares spoke.']);
  });
});

describe('copyGroups', () => {
  it('links copies transitively, in either direction', () => {
    const group = copyGroups({ a: ['b'], c: ['b'], d: [] });
    expect(group('a')).toBe(group('c'));
    expect(group('d')).not.toBe(group('a'));
    expect(group('zzz')).toBe('zzz');
  });
});

describe('byDateThenTitle', () => {
  it('puts dated items first in date order, undated last, ties by title', () => {
    const items = [
      { published: null, title: 'b' },
      { published: '2012-07-30', title: 'z' },
      { published: '2012-07-11', title: 'y' },
      { published: null, title: 'a' },
      { published: '2012-07-30', title: 'c' },
    ];
    expect(items.sort(byDateThenTitle).map((i) => i.title)).toEqual(['y', 'c', 'z', 'a', 'b']);
  });
});

describe('compareKey', () => {
  it('ignores case, punctuation and spacing', () => {
    expect(compareKey("Syria's  Ambassador, to Iraq.")).toBe(compareKey('syria s ambassador to iraq'));
  });
});
