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
