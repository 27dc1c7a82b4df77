import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from './backups';
import { openLowdbStore } from './lowdb-store';
import { article, note, tempDir } from './test-fixtures';

const HOUR = 3600_000;

/** A notebook with one backup (taken at t0 + 1h, holding a1 and n1) and later changes (a2, n2) after it. */
async function notebookWithBackup(): Promise<{ dir: string; backupAt: Date }> {
  const dir = await tempDir();
  let t = Date.parse('2026-03-01T08:00:00Z');
  const s = await openLowdbStore(dir, { now: () => new Date(t) });
  await s.addArticles([article('a1')]); // first write: backup of the fresh files
  await s.update((d) => d.notes.push(note('n1')));
  t += HOUR;
  await s.update((d) => d.notes.push(note('n2'))); // hourly backup before this write holds a1 + n1
  t += 10 * 60_000;
  await s.addArticles([article('a2')]);
  await s.close();
  return { dir, backupAt: new Date(Date.parse('2026-03-01T09:00:00Z')) };
}

const damage: Record<string, (text: string) => string> = {
  empty: () => '',
  truncated: (text) => text.slice(0, Math.floor(text.length / 2)),
  garbage: () => '\u0000\u0001 not json at all \uFFFD',
  'wrong schema': () => JSON.stringify({ schemaVersion: 1, articles: 'nope', highlights: 7 }),
};

describe('recovery of a damaged store at start-up', () => {
  for (const [kind, spoil] of Object.entries(damage)) {
    it(`restores the newest valid backup of a ${kind} notebook.json, keeps the damaged file, says from when`, async () => {
      const { dir } = await notebookWithBackup();
      const file = join(dir, 'notebook.json');
      const spoiled = spoil(await readFile(file, 'utf8'));
      await writeFile(file, spoiled);
      const s = await openLowdbStore(dir, { now: () => new Date('2026-03-01T10:00:00Z') });
      expect(s.data.notes.map((n) => n.id)).toEqual(['n1']);
      expect(s.listArticles().map((a) => a.id)).toEqual(['a1', 'a2']); // the library was fine: untouched
      expect(s.messages).toHaveLength(1);
      expect(s.messages[0]).toMatch(/notebook\.json was damaged/);
      expect(s.messages[0]).toMatch(/2026-03-01 09:00 UTC/);
      expect(s.messages[0]).toMatch(/notebook\.json\.corrupt-2026-03-01T10-00-00-000Z/);
      const names = await readdir(dir);
      const aside = names.find((n) => n.startsWith('notebook.json.corrupt'));
      expect(aside).toBeDefined();
      expect(await readFile(join(dir, aside!), 'utf8')).toBe(spoiled);
      await s.close();
      const again = await openLowdbStore(dir, { readOnly: true });
      expect(again.messages).toEqual([]);
      expect(again.data.notes.map((n) => n.id)).toEqual(['n1']);
    });
  }

  it('restores a truncated library.json; bodies of restored articles are still readable', async () => {
    const { dir } = await notebookWithBackup();
    const file = join(dir, 'library.json');
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 20));
    const s = await openLowdbStore(dir);
    expect(s.listArticles().map((a) => a.id)).toEqual(['a1']);
    expect((await s.getArticle('a1'))?.text).toBe('Body of a1.');
    expect(s.data.notes.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(s.messages[0]).toMatch(/library\.json was damaged.*Restored the backup from 2026-03-01 09:00 UTC/);
    expect(s.isNew).toBe(false);
  });

  it('treats a missing library beside an existing notebook as damage, not as a new notebook', async () => {
    const { dir } = await notebookWithBackup();
    await writeFile(join(dir, 'library.json'), '');
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, 'library.json'));
    const s = await openLowdbStore(dir);
    expect(s.isNew).toBe(false);
    expect(s.messages[0]).toMatch(/library\.json was missing\. Restored the backup/);
  });

  it('skips backups that are themselves damaged', async () => {
    const { dir } = await notebookWithBackup();
    const [newest] = await listBackups(dir);
    await writeFile(join(newest.dir, 'library.json'), '{"schemaVersion":1,"articles":[{"id":');
    await writeFile(join(dir, 'library.json'), 'garbage');
    const s = await openLowdbStore(dir);
    expect(s.messages[0]).toMatch(/Restored the backup from 2026-03-01 08:00 UTC/);
    expect(s.listArticles()).toEqual([]); // the 08:00 backup was taken before the first article
    expect(s.data.notes.map((n) => n.id)).toEqual(['n1', 'n2']);
  });

  it('a read-only open shows the backup without moving or writing anything', async () => {
    const { dir } = await notebookWithBackup();
    await writeFile(join(dir, 'notebook.json'), '{');
    const before = (await readdir(dir)).sort();
    const s = await openLowdbStore(dir, { readOnly: true });
    expect(s.data.notes.map((n) => n.id)).toEqual(['n1']);
    expect(s.messages[0]).toMatch(/Showing the backup from/);
    expect((await readdir(dir)).sort()).toEqual(before);
    expect(await readFile(join(dir, 'notebook.json'), 'utf8')).toBe('{');
  });
});

describe('after a restore, articles the two files disagree about', () => {
  it('go to the trash (not lost) when deleted after the notebook backup', async () => {
    const dir = await tempDir();
    let t = Date.parse('2026-03-01T08:00:00Z');
    const s = await openLowdbStore(dir, { now: () => new Date(t) });
    await s.addArticles([article('a1'), article('a2'), article('a3')]);
    await s.update((d) => d.notes.push(note('n1'))); // notebook.json appears
    t += 60_000;
    await s.deleteArticle('a1'); // backup before this write: notebook without any trash
    await s.deleteArticle('a2');
    await s.close();
    await writeFile(join(dir, 'notebook.json'), '{"schemaVersion":1,');
    const again = await openLowdbStore(dir);
    expect(again.listArticles().map((a) => a.id)).toEqual(['a3']);
    expect(again.data.trash.map((x) => x.id).sort()).toEqual(['a1', 'a2']);
    expect(again.messages[1]).toBe('2 articles missing from the restored notebook were put in the Trash, from where they can be restored.');
    expect(await again.restoreArticle('a2')).toMatchObject({ id: 'a2', title: 'Title a2' });
    expect((await again.getArticle('a2'))?.text).toBe('Body of a2.');
  });
});
