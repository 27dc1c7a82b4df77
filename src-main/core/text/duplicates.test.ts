import { describe, expect, it } from 'vitest';
import { findDuplicateParagraphs } from './duplicates';

const LONG = 'The minister withdrew the ambassador in March after several European countries closed their embassies.';

describe('findDuplicateParagraphs', () => {
  it('drops a garbled fragment of a later, longer paragraph', () => {
    const paras = ['A lead paragraph about something else entirely here.', `Smith Smith ${LONG.slice(4, -1)}`, `${LONG} More follows.`];
    expect(findDuplicateParagraphs(paras)).toEqual([{ index: 1, of: 2 }]);
  });
  it('drops the later of two equal copies (a pull quote)', () => {
    expect(findDuplicateParagraphs([LONG, 'Something in between that is different.', LONG])).toEqual([{ index: 2, of: 0 }]);
  });
  it('keeps short repeated lines and paragraphs that only share a few words', () => {
    const paras = ['Reuters', 'Reuters', `${LONG}`, 'The minister withdrew from the talks in March, officials said on Monday evening.'];
    expect(findDuplicateParagraphs(paras)).toEqual([]);
  });
});

describe('findDuplicateParagraphs on long texts', () => {
  it('finds every repeat of a text repeated many times, each a copy of an earlier paragraph', () => {
    const base = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} says that envoy ${i * 7} left the embassy in ${1990 + i} after the talks.`);
    const repeated = Array.from({ length: 30 }, () => base).flat();
    const dups = findDuplicateParagraphs(repeated);
    expect(dups.map((d) => d.index)).toEqual(repeated.map((_, i) => i).filter((i) => i >= base.length));
    for (const d of dups) expect(repeated[d.of]).toBe(repeated[d.index]);
    for (const d of dups) expect(d.of).toBeLessThan(d.index);
  });
});
