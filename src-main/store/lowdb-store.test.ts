import { readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonParts } from './json-parts';
import { openLowdbStore } from './lowdb-store';
import { article, tempDir as tmp } from './test-fixtures';

describe('lowdb store', () => {
  it('persists articles across opens, bodies apart from the index', async () => {
    const dir = await tmp();
    const s1 = await openLowdbStore(dir);
    expect(s1.isNew).toBe(true);
    await s1.addArticles([article('a1'), article('a2')]);
    const s2 = await openLowdbStore(dir);
    expect(s2.isNew).toBe(false);
    expect(s2.listArticles().map((a) => a.id)).toEqual(['a1', 'a2']);
    expect((await s2.getArticle('a2'))?.text).toBe('Body of a2.');
    const index = await readFile(join(dir, 'library.json'), 'utf8');
    expect(index).not.toContain('Body of a2.');
    expect((await readdir(join(dir, 'articles'))).sort()).toEqual(['a1.json', 'a2.json']);
  });

  it('never duplicates an id and writes notes without touching the library', async () => {
    const dir = await tmp();
    const s = await openLowdbStore(dir);
    await s.addArticles([article('a1')]);
    await s.addArticles([article('a1')]);
    expect(s.listArticles()).toHaveLength(1);
    const before = await readFile(join(dir, 'library.json'), 'utf8');
    await s.update((d) => d.notes.push({ id: 'n1', title: 'N', body: 'x', tags: [], created: '', updated: '' }));
    expect(await readFile(join(dir, 'library.json'), 'utf8')).toBe(before);
    expect((await openLowdbStore(dir)).data.notes[0].id).toBe('n1');
  });

  it('moves a deleted article to the trash', async () => {
    const s = await openLowdbStore(await tmp());
    await s.addArticles([article('a1')]);
    await s.deleteArticle('a1');
    expect(s.listArticles()).toHaveLength(0);
    expect(s.data.trash[0]).toMatchObject({ kind: 'article', id: 'a1' });
  });

  it('opens a notebook from a newer schema read-only, with a message', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'library.json'), JSON.stringify({ schemaVersion: 99, articles: [] }));
    const s = await openLowdbStore(dir);
    expect(s.readOnly).toBe(true);
    expect(s.messages[0]).toMatch(/newer Quire/);
    await expect(s.addArticles([article('a1')])).rejects.toThrow(/read-only/);
    await s.writeCache('derived', { x: 1 });
    expect(existsSync(join(dir, 'cache'))).toBe(false);
  });

  it('a read-only open keeps derived caches but writes nothing of the notebook itself', async () => {
    const dir = await tmp();
    const w = await openLowdbStore(dir);
    await w.addArticles([article('a1')]);
    await w.close();
    const before = await readFile(join(dir, 'library.json'), 'utf8');
    const r = await openLowdbStore(dir, { readOnly: true });
    await r.writeCache('derived', { x: 1 });
    expect(await r.readCache('derived')).toEqual({ x: 1 });
    await expect(r.update((d) => void d.notes.push({ id: 'n', title: 'T', body: '', tags: [], created: '', updated: '' }))).rejects.toThrow(/read-only/);
    expect(await readFile(join(dir, 'library.json'), 'utf8')).toBe(before);
    const fresh = await tmp();
    const empty = await openLowdbStore(join(fresh, 'none'), { readOnly: true });
    await empty.writeCache('derived', { x: 1 });
    expect(existsSync(join(fresh, 'none'))).toBe(false);
  });

  it('writes a cache from its JSON text in parts, read back whole', async () => {
    const dir = await tmp();
    const s = await openLowdbStore(dir);
    const value = { terms: Array.from({ length: 5000 }, (_, i) => `t${i}`), note: 'x' };
    await s.writeCacheParts('parted', jsonParts(value, 1000));
    expect(await s.readCache('parted')).toEqual(value);
    await expect(s.writeCacheParts('../out', ['{}'])).rejects.toThrow(/bad cache name/);
  });

  it('names the damaged file when the library is garbage and no backup exists', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'library.json'), '{"schemaVersion": 1, "articles": [');
    const s = await openLowdbStore(dir);
    expect(s.messages[0]).toMatch(/library\.json was damaged .*No valid backup/);
    expect(s.listArticles()).toEqual([]);
    expect(s.isNew).toBe(false);
  });

  it('restores an article from the trash and sweeps only unreferenced bodies', async () => {
    const dir = await tmp();
    const s = await openLowdbStore(dir);
    await s.addArticles([article('a1'), article('a2')]);
    await s.deleteArticle('a1');
    expect(await s.restoreArticle('a1')).toMatchObject({ id: 'a1', title: 'Title a1' });
    expect(s.listArticles().map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    expect(s.data.trash).toEqual([]);
    expect(await s.restoreArticle('a1')).toBeUndefined();
    await writeFile(join(dir, 'articles', 'stray.json'), '{}');
    expect(await s.sweepArticleBodies()).toBe(1);
    expect((await readdir(join(dir, 'articles'))).sort()).toEqual(['a1.json', 'a2.json']);
    expect((await s.getArticle('a1'))?.text).toBe('Body of a1.');
  });

  it('serialises concurrent updates so none is lost', async () => {
    const dir = await tmp();
    const s = await openLowdbStore(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => s.update((d) => d.notes.push({ id: `n${i}`, title: 'T', body: '', tags: [], created: '', updated: '' }))));
    await s.close();
    const again = await openLowdbStore(dir, { readOnly: true });
    expect(again.data.notes.map((n) => n.id).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `n${i}`).sort());
  });
});

describe('temp files a crash left behind', () => {
  it('are removed when a writer opens the notebook, and left alone by a reader', async () => {
    const dir = await tmp();
    const s = await openLowdbStore(dir);
    await s.addArticles([article('a1')]);
    await s.close();
    const stale = [join(dir, '.library.json.4242.lq3x9abc.tmp'), join(dir, 'articles', '.a1.json.lq3x9.0.tmp')];
    for (const f of stale) await writeFile(f, '{"half": ');
    await (await openLowdbStore(dir, { readOnly: true })).close();
    expect(stale.map((f) => existsSync(f))).toEqual([true, true]);
    const w = await openLowdbStore(dir);
    expect(stale.map((f) => existsSync(f))).toEqual([false, false]);
    expect((await w.getArticle('a1'))?.id).toBe('a1');
    expect(await readdir(join(dir, 'articles'))).toEqual(['a1.json']);
    await w.close();
  });
});
