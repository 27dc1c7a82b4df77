import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreWriteError, writeFilesDurably, type StoreFs } from './durable-file';

describe('writeFilesDurably (a batch of article bodies)', () => {
  it('writes every file whole, fsyncs each, and leaves no temp files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'quire-batch-'));
    let syncs = 0;
    const fs: StoreFs = {
      ...nodeFs,
      open: (async (...args: Parameters<typeof nodeFs.open>) => {
        const fh = await nodeFs.open(...args);
        const sync = fh.sync.bind(fh);
        fh.sync = async () => {
          syncs++;
          return sync();
        };
        return fh;
      }) as typeof nodeFs.open,
    };
    const files = Array.from({ length: 40 }, (_, i) => ({ name: `a${i}.json`, data: JSON.stringify({ i, text: 'x'.repeat(i * 100) }) }));
    await writeFilesDurably(dir, files, fs);
    expect((await readdir(dir)).sort()).toEqual(files.map((f) => f.name).sort());
    for (const f of files) expect(await readFile(join(dir, f.name), 'utf8')).toBe(f.data);
    expect(syncs).toBe(files.length + 1); // every file, then the folder once
  });

  it('a failure part-way rejects with a StoreWriteError, renames nothing and cleans up its temp files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'quire-batch-'));
    let opened = 0;
    const fs: StoreFs = {
      ...nodeFs,
      open: (async (...args: Parameters<typeof nodeFs.open>) => {
        if (++opened === 5) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        return nodeFs.open(...args);
      }) as typeof nodeFs.open,
    };
    const files = Array.from({ length: 10 }, (_, i) => ({ name: `b${i}.json`, data: '{}' }));
    const err = await writeFilesDurably(dir, files, fs).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreWriteError);
    expect((err as Error).message).toMatch(/disk is full/);
    expect(await readdir(dir)).toEqual([]);
  });
});
