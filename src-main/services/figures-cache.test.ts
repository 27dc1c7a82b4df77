import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../core/figures';
import { openLowdbStore } from '../store/lowdb-store';
import { tempDir } from '../store/test-fixtures';
import { analysisKey, readAnalysis, readCandidates, readPeople, SHARDS, shardOf, writeAnalysis, writeExtractions } from './figures-cache';
import { packExtraction, unpack, type PackedExtraction } from './figures-packed';

const V = 'test-1';
const ex = (id: string, name = `Person ${id}`): ArticleExtraction => ({
  articleId: id, version: V,
  people: [{ key: id, keys: [id], initials: [], full: true, late: false, mentions: [{ start: 0, end: name.length, text: name }], roles: [], quotes: [] }],
  candidates: [{ start: 1, end: 4, text: `Cand ${id}`, keys: [id] }],
});

const packed = (id: string): PackedExtraction => packExtraction(ex(id));
const peopleOf = (xs: PackedExtraction[]) => new Map(xs.map((x) => [x.articleId, x.people]));

describe('figure caches', () => {
  it('spreads ids over the shards, the same way every time', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `a${i}`);
    const used = new Set(ids.map(shardOf));
    expect(used.size).toBe(SHARDS);
    expect(ids.map(shardOf)).toEqual(ids.map(shardOf));
    for (const s of used) expect(s >= 0 && s < SHARDS).toBe(true);
  });

  it('reads back each article’s people and candidates as JSON text; an import rewrites only the shards it touched', async () => {
    const dir = await tempDir('quire-figcache-');
    const store = await openLowdbStore(dir);
    const a = packed('a1');
    await writeExtractions(store, V, peopleOf([a]), [a], new Set(['a1']));
    expect((await readdir(join(dir, 'cache'))).sort()).toEqual([`figure-candidates-${shardOf('a1').toString(16)}.json`, `figure-people-${shardOf('a1').toString(16)}.json`]);
    const people = (await readPeople(store, V)).get('a1')!;
    expect(typeof people).toBe('string');
    expect(unpack(people)).toEqual(ex('a1').people);
    expect(unpack((await readCandidates(store, V)).get('a1')!)).toEqual(ex('a1').candidates);
    expect((await readPeople(store, 'other-version')).size).toBe(0);
    await store.close();
  });

  it('ignores shards of the older layout (objects, not JSON text)', async () => {
    const dir = await tempDir('quire-figcache-');
    const store = await openLowdbStore(dir);
    await store.writeCache(`figure-people-${shardOf('a1').toString(16)}`, { version: V, byId: { a1: ex('a1') } });
    expect((await readPeople(store, V)).size).toBe(0);
    await store.close();
  });

  it('keeps the candidates on disk when memory lacks them, and drops articles no longer kept', async () => {
    const dir = await tempDir('quire-figcache-');
    const store = await openLowdbStore(dir);
    const ids = Array.from({ length: 200 }, (_, i) => `b${i}`);
    const first = ids.filter((id) => shardOf(id) === shardOf('b0'));
    const [x, y, z] = first.map(packed);
    await writeExtractions(store, V, peopleOf([x, y]), [x, y], new Set([x.articleId, y.articleId]));
    const memory: Map<string, string | Uint8Array> = await readPeople(store, V); // x and y, read back as text
    memory.set(z.articleId, z.people);
    await writeExtractions(store, V, memory, [z], new Set([y.articleId, z.articleId])); // x was deleted
    const people = await readPeople(store, V);
    const candidates = await readCandidates(store, V);
    expect([...people.keys()].sort()).toEqual([y.articleId, z.articleId].sort());
    expect([...candidates.keys()].sort()).toEqual([y.articleId, z.articleId].sort());
    for (const id of [y.articleId, z.articleId]) {
      expect(unpack(people.get(id)!)).toEqual(ex(id).people);
      expect(unpack(candidates.get(id)!)).toEqual(ex(id).candidates);
    }
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
