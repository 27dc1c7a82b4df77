import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLowdbStore } from './lowdb-store';
import { article, failingFs, note, tempDir } from './test-fixtures';

describe('a write that fails (disk full, permission denied)', () => {
  for (const code of ['ENOSPC', 'EPERM']) {
    it(`${code}: the promise rejects with a clear error and memory stays equal to disk`, async () => {
      const dir = await tempDir();
      const { fs, failing } = failingFs(code);
      const s = await openLowdbStore(dir, { fs });
      await s.addArticles([article('a1')]);
      await s.update((d) => d.notes.push(note('n1')));
      failing.on = true;

      await expect(s.update((d) => d.notes.push(note('n2')))).rejects.toThrow(
        code === 'ENOSPC' ? /Could not save notebook\.json: the disk is full \(ENOSPC\)\. The change was not saved\./ : /permission denied \(EPERM\)/,
      );
      expect(s.data.notes.map((n) => n.id)).toEqual(['n1']);
      await expect(s.addArticles([article('a2')])).rejects.toThrow(new RegExp(code));
      expect(s.listArticles().map((a) => a.id)).toEqual(['a1']);
      expect(s.getMeta('a2')).toBeUndefined();
      await expect(s.updateMeta('a1', { title: 'Renamed' })).rejects.toThrow(new RegExp(code));
      expect(s.getMeta('a1')?.title).toBe('Title a1');
      await expect(s.deleteArticle('a1')).rejects.toThrow(new RegExp(code));
      expect(s.listArticles().map((a) => a.id)).toEqual(['a1']);
      expect(s.data.trash).toEqual([]);

      const onDisk = JSON.parse(await readFile(join(dir, 'notebook.json'), 'utf8'));
      expect(onDisk.notes).toEqual(JSON.parse(JSON.stringify(s.data.notes)));
      const lib = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
      expect(lib.articles).toEqual(JSON.parse(JSON.stringify(s.listArticles())));

      failing.on = false; // space freed: the next change saves, the failed ones stay unsaved
      await s.update((d) => d.notes.push(note('n3')));
      await s.close();
      const again = await openLowdbStore(dir, { readOnly: true });
      expect(again.data.notes.map((n) => n.id)).toEqual(['n1', 'n3']);
      expect(again.getMeta('a1')?.title).toBe('Title a1');
    });
  }

  it('a change function that throws leaves no half change behind', async () => {
    const s = await openLowdbStore(await tempDir());
    await s.update((d) => d.notes.push(note('n1')));
    await expect(
      s.update((d) => {
        d.notes.push(note('half'));
        throw new Error('bug in the middle of a change');
      }),
    ).rejects.toThrow(/bug in the middle/);
    expect(s.data.notes.map((n) => n.id)).toEqual(['n1']);
  });

  it('leaves no temp files behind after a failed write', async () => {
    const dir = await tempDir();
    const { fs, failing } = failingFs('ENOSPC');
    const s = await openLowdbStore(dir, { fs });
    failing.on = true;
    await expect(s.update((d) => d.notes.push(note('n1')))).rejects.toThrow(/ENOSPC/);
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
