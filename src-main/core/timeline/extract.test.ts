import { describe, expect, it } from 'vitest';
import { sentenceIndex } from '../network/sentence-index';
import { extractDateExpressions } from './extract';
import { resolveRule } from './resolve';

function read(text: string, reference: string | null = '2019-03-14') {
  return extractDateExpressions(text, sentenceIndex(text, [[0, text.length]])).map((x) => ({
    text: x.text,
    kind: x.rule.kind,
    ...resolveRule(x.rule, reference),
    at: text.slice(x.start, x.end),
  }));
}

describe('extractDateExpressions with resolveRule', () => {
  it('reads absolute dates with their precision, a month alone as a range', () => {
    expect(read('The talks opened on October 9, 2018 in Oslo.')).toMatchObject([{ date: '2018-10-09', end: '2018-10-09', precision: 'day', kind: 'absolute' }]);
    expect(read('She joined the ministry in June 2015.')).toMatchObject([{ date: '2015-06-01', end: '2015-06-30', precision: 'month' }]);
    expect(read('The firm was founded in 1998 by two brothers.')).toMatchObject([{ date: '1998-01-01', end: '1998-12-31', precision: 'year' }]);
  });
  it('keeps offsets that point at the expression', () => {
    for (const r of read('Officials met on Friday. The vote came in November.')) expect(r.at).toBe(r.text);
  });
  it('gives month names without a year the latest such month up to the reference, or the next when looking ahead', () => {
    expect(read('Envoys were expelled in May.')).toMatchObject([{ date: '2018-05-01', end: '2018-05-31' }]);
    expect(read('The vote will be held in May.')).toMatchObject([{ date: '2019-05-01', end: '2019-05-31' }]);
    expect(read('"We will win," he told a meeting in May.')).toMatchObject([{ date: '2018-05-01' }]); // the quote looks ahead, not the meeting
    expect(read('The council will meet on Monday.')).toMatchObject([{ date: '2019-03-18' }]);
    expect(read('He arrived on March 20.')).toMatchObject([{ date: '2018-03-20', precision: 'day' }]);
    expect(read('He resigned in January.')).toMatchObject([{ date: '2019-01-01', end: '2019-01-31', precision: 'month', kind: 'month' }]);
    expect(read('He served there until November.')).toMatchObject([{ date: '2018-11-01', end: '2018-11-30' }]);
  });
  it('resolves relative dates against the reference (a Thursday)', () => {
    expect(read('The minister left on Monday.')).toMatchObject([{ date: '2019-03-11', precision: 'day', kind: 'weekday' }]);
    expect(read('The minister spoke yesterday.')).toMatchObject([{ date: '2019-03-13', precision: 'day' }]);
    expect(read('Protests began last week.')).toMatchObject([{ date: '2019-03-04', end: '2019-03-10', precision: 'day' }]);
    expect(read('Earlier this month, the envoy flew home.')).toMatchObject([{ date: '2019-03-01', end: '2019-03-31', precision: 'month' }]);
    expect(read('The embassy closed last month.')).toMatchObject([{ date: '2019-02-01', end: '2019-02-28', precision: 'month' }]);
  });
  it('leaves relative dates unresolved without a reference, absolute ones not', () => {
    expect(read('It happened on Monday, and again on March 3, 2017.', null).map((r) => r.date)).toEqual([undefined, '2017-03-03']);
  });
  it('skips what is not a calendar date', () => {
    expect(read('The city is now the focus of the battle. They may leave in the afternoon.')).toEqual([]);
    expect(read('The uprising heads for its 18th month.')).toEqual([]);
  });
});

describe('extractDateExpressions with a shared memo', () => {
  it('reads a sentence once for texts that share it, with the same results', () => {
    const text = 'The talks began on May 2, 2016.\nAnn Lee resigned on Monday, officials said.';
    const original = 'REPORT\nAnn Lee resigned on Monday, officials said. The talks began on May 2, 2016.';
    const memo = new Map();
    const a = extractDateExpressions(text, sentenceIndex(text, [[0, 31], [32, text.length]]), memo);
    const read = memo.size;
    const b = extractDateExpressions(original, sentenceIndex(original, []), memo);
    expect(memo.size).toBe(read); // both sentences were known
    expect(a).toEqual(extractDateExpressions(text, sentenceIndex(text, [[0, 31], [32, text.length]])));
    expect(b).toEqual(extractDateExpressions(original, sentenceIndex(original, [])));
    expect(b.map((x) => original.slice(x.start, x.end))).toEqual(b.map((x) => x.text));
  });
});
