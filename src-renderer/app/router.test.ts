import { describe, expect, it } from 'vitest';
import { href, parseRoute } from './router';

describe('parseRoute', () => {
  it('parses every route', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/')).toEqual({ name: 'library' });
    expect(parseRoute('#/article/abc')).toMatchObject({ name: 'article', id: 'abc' });
    expect(parseRoute('#/article/abc?p=3').name === 'article' && (parseRoute('#/article/abc?p=3') as { params: URLSearchParams }).params.get('p')).toBe('3');
    expect(parseRoute('#/figure/f1')).toMatchObject({ name: 'figure', id: 'f1' });
    expect(parseRoute('#/figure/f1/dossier')).toEqual({ name: 'dossier', id: 'f1' });
    expect(parseRoute('#/figures')).toEqual({ name: 'figures' });
    expect(parseRoute('#/compare/a/b')).toEqual({ name: 'compare', a: 'a', b: 'b' });
    expect(parseRoute('#/side/a/b')).toEqual({ name: 'side', ids: ['a', 'b'] });
    expect(parseRoute('#/side/a/b/c/d')).toEqual({ name: 'side', ids: ['a', 'b', 'c', 'd'] });
    expect(parseRoute('#/side/a').name).toBe('not-found'); // side by side needs two to four articles
    expect(parseRoute('#/side/a/b/c/d/e').name).toBe('not-found');
    expect(parseRoute('#/note/n1')).toEqual({ name: 'note', id: 'n1' });
    expect(parseRoute('#/search?q=nawaf%20fares')).toEqual({ name: 'search', q: 'nawaf fares', filters: {} });
    expect(parseRoute('#/search?q=x&kind=note&outlet=BBC')).toEqual({ name: 'search', q: 'x', filters: { kinds: ['note'], outlet: 'BBC' } });
    expect(parseRoute('#/nope/x')).toEqual({ name: 'not-found', path: '/nope/x' });
  });
  it('parses the story map routes', () => {
    expect(parseRoute('#/map')).toEqual({ name: 'map' });
    expect(parseRoute('#/timeline')).toEqual({ name: 'timeline', figure: '' });
    expect(parseRoute('#/timeline?figure=p-ann')).toEqual({ name: 'timeline', figure: 'p-ann' });
    expect(parseRoute('#/map/extra').name).toBe('not-found');
  });
  it('round-trips ids through href', () => {
    expect(parseRoute(href('article', 'a/b c'))).toMatchObject({ name: 'article', id: 'a/b c' });
  });
});
