import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOURLY_KEEP, listBackups } from './backups';
import { openLowdbStore } from './lowdb-store';
import { migrationPath } from './migrations';
import { article, note, tempDir } from './test-fixtures';

const MIN = 60_000;

describe('rolling backups', () => {
  it('backs up at most hourly on write and keeps the newest 24', async () => {
    const dir = await tempDir();
    let t = Date.parse('2026-03-01T00:00:00Z');
    const s = await openLowdbStore(dir, { now: () => new Date(t) });
    for (let i = 0; i < 30 * 4; i++) {
      await s.update((d) => d.notes.push(note(`n${i}`)));
      t += 15 * MIN; // four writes an hour: one backup an hour
    }
    const backups = await listBackups(dir);
    expect(backups).toHaveLength(HOURLY_KEEP);
    const gaps = backups.slice(1).map((b, i) => backups[i].at.getTime() - b.at.getTime());
    expect(new Set(gaps)).toEqual(new Set([60 * MIN]));
    // Each holds the notebook as it was on disk just before its write: one note per 15 minutes since the start.
    for (const b of backups.slice(0, 3)) {
      const held = JSON.parse(await readFile(join(b.dir, 'notebook.json'), 'utf8'));
      expect(held.notes).toHaveLength((b.at.getTime() - Date.parse('2026-03-01T00:00:00Z')) / (15 * MIN));
    }
  });

  it('backs up a young notebook as soon as its notebook.json exists, not an hour later', async () => {
    const dir = await tempDir();
    const s = await openLowdbStore(dir, { now: () => new Date('2026-03-01T00:00:00Z') });
    await s.addArticles([article('a1')]); // backup 1: library.json only
    await s.update((d) => d.notes.push(note('n1'))); // first notebook.json
    await s.update((d) => d.notes.push(note('n2'))); // backup 2 holds n1
    await s.update((d) => d.notes.push(note('n3'))); // no backup: nothing new to hold
    const backups = await listBackups(dir);
    expect(backups).toHaveLength(2);
    const held = JSON.parse(await readFile(join(backups[0].dir, 'notebook.json'), 'utf8'));
    expect(held.notes.map((n: { id: string }) => n.id)).toEqual(['n1']);
  });

  it('a restorable backup keeps its article bodies: sweeping spares them', async () => {
    const dir = await tempDir();
    let t = Date.parse('2026-03-01T00:00:00Z');
    const s = await openLowdbStore(dir, { now: () => new Date(t) });
    await s.addArticles([article('a1')]);
    t += 61 * MIN;
    await s.deleteArticle('a1'); // the backup before this write lists a1
    await s.update((d) => void (d.trash = []));
    expect(await s.sweepArticleBodies()).toBe(0);
    expect(await readdir(join(dir, 'articles'))).toEqual(['a1.json']);
  });
});

describe('migrations', () => {
  it('backs up, runs each step in order and stamps the new version', async () => {
    const dir = await tempDir();
    const v1 = await openLowdbStore(dir);
    await v1.update((d) => d.notes.push(note('n1', 'old body')));
    await v1.addArticles([article('a1')]);
    await v1.close();
    const steps: number[] = [];
    const s = await openLowdbStore(dir, {
      schemaVersion: 3,
      migrations: {
        1: ({ notebook }) => {
          steps.push(1);
          for (const n of notebook.notes) n.body = n.body.toUpperCase();
        },
        2: ({ library }) => {
          steps.push(2);
          for (const a of library.articles) a.tags.push('migrated');
        },
      },
    });
    expect(steps).toEqual([1, 2]);
    expect(s.data.notes[0].body).toBe('OLD BODY');
    const lib = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
    expect(lib).toMatchObject({ schemaVersion: 3, articles: [{ id: 'a1', tags: ['migrated'] }] });
    const pre = (await listBackups(dir)).find((b) => b.reason === 'pre-migration-v1-to-v3');
    expect(pre).toBeDefined();
    const saved = JSON.parse(await readFile(join(pre!.dir, 'notebook.json'), 'utf8'));
    expect(saved).toMatchObject({ schemaVersion: 1, notes: [{ body: 'old body' }] });
  });

  it('refuses to open when a step is missing, and changes nothing', async () => {
    const dir = await tempDir();
    await (await openLowdbStore(dir)).close();
    const before = await readFile(join(dir, 'library.json'), 'utf8');
    await expect(openLowdbStore(dir, { schemaVersion: 2, migrations: {} })).rejects.toThrow(/No migration from schema 1 to 2/);
    expect(await readFile(join(dir, 'library.json'), 'utf8')).toBe(before);
    expect(() => migrationPath(1, 3, { 1: () => undefined })).toThrow(/from schema 2 to 3/);
  });
});
