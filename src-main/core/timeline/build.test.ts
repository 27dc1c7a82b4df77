import { describe, expect, it } from 'vitest';
import { sentenceIndex } from '../network/sentence-index';
import { buildTimeline, eventKey, type TimelineArticle } from './build';
import { chooseReferences } from './reference';
import { extractDateExpressions } from './extract';

function art(id: string, text: string, published: string | null = null): TimelineArticle {
  return { id, published, expressions: extractDateExpressions(text, sentenceIndex(text, [[0, text.length]])) };
}
const mention = (articleId: string, text: string, name: string, figureId: string) => {
  const start = text.indexOf(name);
  return { figureId, articleId, start, end: start + name.length };
};

const A = 'Ann Lee resigned on Monday. The talks began on May 2, 2016.';
const B = 'Bob Ray left yesterday. Nothing else happened.';

describe('references', () => {
  it('prefers the publication date, then the article\'s latest full date, then the notebook\'s', () => {
    const refs = chooseReferences([art('a', A), art('b', B), art('c', B, '2020-01-10')]);
    expect(refs.get('a')).toMatchObject({ date: '2016-05-02', kind: 'article', text: 'May 2, 2016' });
    expect(refs.get('b')).toMatchObject({ date: '2016-05-02', kind: 'notebook', articleId: 'a' });
    expect(refs.get('c')).toEqual({ date: '2020-01-10', kind: 'published' });
  });
});

describe('buildTimeline', () => {
  const articles = [art('a', A), art('b', B)];
  const mentions = [mention('a', A, 'Ann Lee', 'ann'), mention('b', B, 'Bob Ray', 'bob')];

  it('dates events with their sentence, figures and source, in date order', () => {
    const events = buildTimeline({ articles, mentions, copies: {} });
    expect(events.map((e) => [e.date, e.articleId, e.text, e.figureIds])).toEqual([
      ['2016-05-01', 'b', 'Bob Ray left yesterday.', ['bob']],
      ['2016-05-02', 'a', 'Ann Lee resigned on Monday.', ['ann']], // May 2, 2016 was a Monday
      ['2016-05-02', 'a', 'The talks began on May 2, 2016.', []],
    ]);
    const monday = events[1];
    expect(A.slice(monday.sentence[0], monday.sentence[1])).toBe(monday.text);
    expect(monday).toMatchObject({ relative: true, reference: { kind: 'article' } });
    expect(events[2]).toMatchObject({ relative: false, reference: null });
  });

  it('filters by figure', () => {
    expect(buildTimeline({ articles, mentions, copies: {} }, { figureId: 'ann' }).map((e) => e.text)).toEqual(['Ann Lee resigned on Monday.']);
  });

  it('merges the same sentence in near-copies', () => {
    const copy = { ...art('a2', A), id: 'a2' };
    const events = buildTimeline({ articles: [...articles, copy], mentions, copies: { a: ['a2'], a2: ['a'] } });
    expect(events).toHaveLength(3);
    expect(events.filter((e) => e.articleId === 'a').every((e) => e.alsoIn.includes('a2'))).toBe(true);
  });

  it('applies corrections and dismissals', () => {
    const key = eventKey('b', articles[1].expressions[0]);
    const corrected = buildTimeline({ articles, mentions, copies: {}, edits: [{ eventKey: key, date: '2016-04-20' }] });
    expect(corrected[0]).toMatchObject({ key, date: '2016-04-20', end: '2016-04-20', edited: true });
    const dismissed = buildTimeline({ articles, mentions, copies: {}, edits: [{ eventKey: key, dismissed: true }] });
    expect(dismissed.some((e) => e.key === key)).toBe(false);
    expect(buildTimeline({ articles, mentions, copies: {}, edits: [{ eventKey: key, dismissed: true }] }, { includeDismissed: true }).find((e) => e.key === key)?.dismissed).toBe(true);
  });
});

describe('references from the original file', () => {
  it('use a full date found only in the original file when the clean text has none', () => {
    const refs = chooseReferences([{ ...art('a', B), sourceDate: { date: '2012-02-04', text: 'February 4, 2012' } }, art('b', B)]);
    expect(refs.get('a')).toMatchObject({ date: '2012-02-04', kind: 'article' });
    expect(refs.get('b')).toMatchObject({ date: '2012-02-04', kind: 'notebook', articleId: 'a' });
  });
});
