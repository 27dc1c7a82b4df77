import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../core/figures';
import { openLowdbStore } from '../store/lowdb-store';
import { tempDir } from '../store/test-fixtures';
import { analysisKey, readAnalysis, readCandidates, readExtractions, SHARDS, shardOf, writeAnalysis, writeExtractions } from './figures-cache';

const V = 'test-1';
const ex = (id: string, name = `Person ${id}`): ArticleExtraction => ({
  articleId: id, version: V,
  people: [{ key: id, keys: [id], initials: [], full: true, late: false, mentions: [{ start: 0, end: name.length, text: name }], roles: [], quotes: [] }],
  candidates: [{ start: 1, end: 4, text: `Cand ${id}`, keys: [id] }],
});

describe('figure caches', () => {
  it('spreads ids over the shards, the same way every time', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `a${i}`);
    const used = new Set(ids.map(shardOf));
    expect(used.size).toBe(SHARDS);
    expect(ids.map(shardOf)).toEqual(ids.map(shardOf));
    for (const s of used) expect(s >= 0 && s < SHARDS).toBe(true);
  });

  it('reads back people always and candidates only when asked; an import rewrites only the shards it touched', async () => {
    const dir = await tempDir('quire-figcache-');
    const store = await openLowdbStore(dir);
    const a = ex('a1');
    const all = new Map([[a.articleId, a]]);
    await writeExtractions(store, V, all, [a], new Set(['a1']));
    expect((await readdir(join(dir, 'cache'))).sort()).toEqual([`figure-candidates-${shardOf('a1').toString(16)}.json`, `figure-people-${shardOf('a1').toString(16)}.json`]);
    expect((await readExtractions(store, V, true)).get('a1')).toEqual(a);
    expect((await readExtractions(store, V, false)).get('a1')).toEqual({ ...a, candidates: [] });
    expect((await readCandidates(store, V)).get('a1')).toEqual(a.candidates);
    expect((await readExtractions(store, 'other-version', true)).size).toBe(0);
    await store.close();
  });

  it('keeps the candidates on disk when memory lacks them, and drops articles no longer kept', async () => {
    const dir = await tempDir('quire-figcache-');
    const store = await openLowdbStore(dir);
    const ids = Array.from({ length: 200 }, (_, i) => `b${i}`);
    const first = ids.filter((id) => shardOf(id) === shardOf('b0'));
    const [x, y, z] = first.map((id) => ex(id));
    await writeExtractions(store, V, new Map([[x.articleId, x], [y.articleId, y]]), [x, y], new Set([x.articleId, y.articleId]));
    const memory = await readExtractions(store, V, false); // x and y without candidates
    memory.set(z.articleId, z);
    await writeExtractions(store, V, memory, [z], new Set([y.articleId, z.articleId])); // x was deleted
    const back = await readExtractions(store, V, true);
    expect([...back.keys()].sort()).toEqual([y.articleId, z.articleId].sort());
    expect(back.get(y.articleId)).toEqual(y);
    expect(back.get(z.articleId)).toEqual(z);
    await store.close();
  });

  it('returns the cached analysis only for the same inputs', async () => {
    const store = await openLowdbStore(await tempDir('quire-figcache-'));
    const key = analysisKey(V, ['a', 'b'], ['d1']);
    expect(analysisKey(V, ['b', 'a'], ['d1'])).not.toBe(key);
    expect(analysisKey(V, ['a', 'b'], [])).not.toBe(key);
    const analysis = { figures: [], mentions: [{ figureId: 'f', articleId: 'a', start: 0, end: 1, text: 'X' }], suggestions: [] };
    await writeAnalysis(store, key, analysis);
    expect(await readAnalysis(store, key)).toEqual(analysis);
    expect(await readAnalysis(store, analysisKey(V, ['a'], ['d1']))).toBeUndefined();
    await store.close();
  });
});
