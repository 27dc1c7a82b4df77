import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../shared/model';
import { openLowdbStore } from './lowdb-store';

function article(id: string, text = `Body of ${id}.`): Article {
  return {
    id, title: `Title ${id}`, outlet: 'Outlet', byline: null, published: '2012-07-12', url: null, tags: [],
    text, paragraphs: [[0, text.length]], words: text.split(/\s+/).length,
    source: { fileName: `${id}.txt`, format: 'txt', content: text }, importedAt: '2026-01-01T00:00:00.000Z',
  };
}

async function tmp(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'quire-store-'));
}

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
  });

  it('names the damaged file when the library is garbage', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'library.json'), '{"schemaVersion": 1, "articles": [');
    await expect(openLowdbStore(dir)).rejects.toThrow(/library\.json is damaged/);
  });
});
