import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../store/types';
import { ArticlesSeen, ArticleSignatures, emptyManifest, goneFrom, readManifest, storeManifest } from './search-manifest';

const meta = (id: string, title: string): ArticleMeta => ({ id, title, outlet: 'Reuters', published: '2012-07-11', tags: [] }) as unknown as ArticleMeta;

describe('search manifest', () => {
  it('is saved as arrays and read back as it was; another version or shape is refused', () => {
    const m = emptyManifest(2);
    m.articles.set('a1', 'sig');
    m.notes.set('n1', '2024-01-01');
    m.decisions = 'd1,d2';
    const back = readManifest(JSON.parse(JSON.stringify(storeManifest(m))), 2)!;
    expect(back).toEqual(m);
    expect(readManifest(JSON.parse(JSON.stringify(storeManifest(m))), 3)).toBeUndefined();
    expect(readManifest({ ...storeManifest(m), articles: { a1: 'sig' } }, 2)).toBeUndefined();
    expect(readManifest(null, 2)).toBeUndefined();
  });

  it('finds the ids a table has and the notebook no longer does', () => {
    const table = new Map([['a', '1'], ['b', '2']]);
    expect(goneFrom(table, [{ id: 'a' }, { id: 'b' }])).toEqual([]);
    expect(goneFrom(table, [{ id: 'a' }, { id: 'c' }])).toEqual(['b']); // same count, another article
    expect(goneFrom(table, [])).toEqual(['a', 'b']);
  });

  it('takes an article signature again only when a field changed', () => {
    const sigs = new ArticleSignatures();
    const a = meta('a1', 'Envoy quits');
    const first = sigs.of(a);
    expect(sigs.of(a)).toBe(first);
    Object.assign(a, { title: 'Envoy resigns' });
    expect(sigs.of(a)).not.toBe(first);
    const before = sigs.of(a);
    Object.assign(a, { tags: ['wire'] });
    expect(sigs.of(a)).not.toBe(before);
  });

  it('sees articles unchanged only when the same objects hold the same fields', () => {
    const m = emptyManifest(2);
    const seen = new ArticlesSeen();
    const metas = [meta('a1', 'One'), meta('a2', 'Two')];
    expect(seen.unchanged(m, metas)).toBe(false);
    seen.start(m);
    for (const a of metas) seen.see(a);
    expect(seen.unchanged(m, metas)).toBe(true);
    expect(seen.unchanged(emptyManifest(2), metas)).toBe(false); // another manifest
    expect(seen.unchanged(m, [metas[0]])).toBe(false);
    expect(seen.unchanged(m, [metas[0], meta('a2', 'Two')])).toBe(false); // another object
    Object.assign(metas[1], { outlet: 'AP' });
    expect(seen.unchanged(m, metas)).toBe(false);
    seen.start(m);
    for (const a of metas) seen.see(a);
    seen.forget();
    expect(seen.unchanged(m, metas)).toBe(false);
  });
});
