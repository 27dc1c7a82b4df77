import { describe, expect, it } from 'vitest';
import { boundedCompletions, isCommon, planQuery } from './plan';
import { parseQuery } from './query';

const counts = new Map([['officials', 900], ['said', 1500], ['fares', 12], ['ambassador', 40]]);
const plan = (q: string) => planQuery(parseQuery(q), counts, 1000)!;
const fuzzyOf = (q: string, term: string) => (plan(q).options.fuzzy as (t: string, i: number, ts: string[]) => number)(term, 0, []);

describe('planQuery', () => {
  it('calls a word common when it occurs about as often as there are documents', () => {
    expect(isCommon('officials', counts, 1000)).toBe(true);
    expect(isCommon('fares', counts, 1000)).toBe(false);
    expect(isCommon('officials', counts, 10)).toBe(false); // too few documents to judge
  });

  it('leaves common words out of the lookup but marks them', () => {
    const p = plan('officials fares ');
    expect(p.query).toBe('fares');
    expect(p.markOnly).toEqual(['officials']);
  });

  it('keeps the rarest word when every word is common, and never drops a word being typed', () => {
    expect(plan('said officials ').query).toBe('officials');
    expect(plan('fares officials').query).toBe('fares officials');
  });

  it('keeps a lone common word', () => {
    expect(plan('said').query).toBe('said');
  });

  it('allows typos only in words the index has never seen', () => {
    expect(fuzzyOf('x', 'defectoin')).toBe(2);
    expect(fuzzyOf('x', 'ambassador')).toBe(0);
  });

  it('requires the rarer words of a phrase and combines them with free words', () => {
    const p = plan('"said the ambassador" fares');
    expect(p.query).toEqual({
      combineWith: 'AND',
      queries: [expect.objectContaining({ queries: ['ambassador'] }), expect.objectContaining({ queries: ['fares'] })],
    });
    expect(p.markOnly).toEqual(['said']);
  });

  it('has nothing to look up for stop words alone', () => {
    expect(planQuery(parseQuery('the of'), counts, 1000)).toBeNull();
  });
});

describe('completions of a word being typed', () => {
  it('takes the most frequent completions until their occurrences reach the budget, at least one', () => {
    const found: [string, number][] = [['amba', 1], ['ambassador', 600], ['ambassadors', 300], ['ambassadorial', 5]];
    expect(boundedCompletions(found, 1000)).toEqual(['ambassador', 'ambassadors', 'ambassadorial', 'amba']);
    expect(boundedCompletions(found, 700)).toEqual(['ambassador']);
    expect(boundedCompletions(found, 10)).toEqual(['ambassador']);
    expect(boundedCompletions(found, 1000, 2)).toEqual(['ambassador', 'ambassadors']);
  });

  it('looks the completions up instead of the unfinished word, keeping the other words', () => {
    const p = planQuery(parseQuery('fares ambas'), counts, 1000, () => ['ambassador', 'ambassadors'])!;
    expect(p.query).toBe('fares ambassador ambassadors');
    expect((p.options.prefix as (t: string) => boolean)('ambassador')).toBe(false);
    const none = planQuery(parseQuery('fares zzq'), counts, 1000, () => [])!;
    expect((none.options.prefix as (t: string) => boolean)('zzq')).toBe(true); // nothing to complete: prefix as typed
  });
});
