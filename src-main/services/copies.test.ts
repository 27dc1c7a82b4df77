import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootNotebook } from './boot';

const CORPUS = resolve(__dirname, '../../corpus');
const file = (n: string) => join(CORPUS, n);
const A = '002_605359099c9e65cd.txt';
const B = '004_70af7e54198c2116.txt';
const OTHERS = ['000_2b20a5a588fdd823.txt', '001_7a1e14c453f2836b.txt', '003_d182da98aa688ac2.txt'];

const copiesOf = async (s: Awaited<ReturnType<typeof bootNotebook>>) =>
  Object.fromEntries((await s.articles.list()).filter((a) => a.copies.length).map((a) => [a.fileName, a.copies.length]));

describe('copies map kept up to date across imports, deletions and reopens', () => {
  it('finds a copy imported later against one already there, forgets it when deleted, and persists the map', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'quire-copies-'));
    let s = await bootNotebook({ dataDir });
    await s.articles.importPaths([file(A), ...OTHERS.map(file)]);
    expect(await copiesOf(s)).toEqual({});
    await s.articles.importPaths([file(B)]);
    expect(await copiesOf(s)).toEqual({ [A]: 1, [B]: 1 });
    const cached = JSON.parse(await readFile(join(dataDir, 'cache', 'copies-v2.json'), 'utf8'));
    expect(cached.ids).toHaveLength(5);

    const b = (await s.articles.list()).find((a) => a.fileName === B)!;
    await s.articles.delete(b.id);
    expect(await copiesOf(s)).toEqual({});
    await s.ctx.store.restoreArticle(b.id);
    expect(await copiesOf(s)).toEqual({ [A]: 1, [B]: 1 });
    await s.ctx.store.close();

    // a reopened notebook reads the map back; without the cache it recomputes the same answer from the bodies
    s = await bootNotebook({ dataDir, readOnly: true });
    expect(await copiesOf(s)).toEqual({ [A]: 1, [B]: 1 });
    await rm(join(dataDir, 'cache'), { recursive: true });
    s = await bootNotebook({ dataDir, readOnly: true });
    expect(await copiesOf(s)).toEqual({ [A]: 1, [B]: 1 });
  });
});
