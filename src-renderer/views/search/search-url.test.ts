import { describe, expect, it } from 'vitest';
import { filtersFromParams, searchHash } from './search-url';

const params = (hash: string) => new URLSearchParams(hash.split('?')[1] ?? '');

describe('search addresses', () => {
  it('round-trips a query with every filter', () => {
    const filters = { kinds: ['article' as const, 'note' as const], outlet: 'Al Jazeera', figureId: 'p-nawaf-fares', colour: 2, tag: 'defection', from: '2012-07-01', to: '2012-07-31' };
    const hash = searchHash('nawaf farres', filters);
    expect(hash).toBe('#/search?q=nawaf%20farres&kind=article&kind=note&outlet=Al%20Jazeera&figure=p-nawaf-fares&colour=2&tag=defection&from=2012-07-01&to=2012-07-31');
    expect(filtersFromParams(params(hash))).toEqual(filters);
  });

  it('keeps a plain query address as it was', () => {
    expect(searchHash('assad')).toBe('#/search?q=assad');
    expect(filtersFromParams(params('#/search?q=assad'))).toEqual({});
  });

  it('drops bad values one by one and keeps the good ones', () => {
    const got = filtersFromParams(params(`#/search?q=x&kind=article&kind=bogus&colour=9&from=July&to=2012-08-01&figure=${'x'.repeat(300)}&tag=ok`));
    expect(got).toEqual({ to: '2012-08-01', tag: 'ok' });
    expect(filtersFromParams(params('#/search?q=x&kind=figure&kind=figure'))).toEqual({ kinds: ['figure'] });
  });
});
