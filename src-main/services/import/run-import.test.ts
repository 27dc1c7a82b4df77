import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model';
import { type ImportProgress, runImport } from './run-import';

const para = (i: number) => `Officials in the capital said on Monday that envoy number ${i} had resigned in protest at the crackdown.`;

function memorySink(existing: string[] = []) {
  const stored: Article[][] = [];
  const ids = new Set(existing);
  return {
    stored,
    sink: {
      has: (id: string) => ids.has(id),
      add: async (a: Article[]) => {
        stored.push(a);
        for (const x of a) ids.add(x.id);
      },
      importedAt: '2026-01-01T00:00:00.000Z',
    },
  };
}

describe('runImport', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'quire-run-import-'));
    for (let i = 0; i < 7; i++) await writeFile(join(dir, `a${i}.txt`), `Envoy ${i} quits\n\n${para(i)}\n`);
    await writeFile(join(dir, 'copy.txt'), `Envoy 3 quits\n\n${para(3)}\n`); // same clean text as a3
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'bin.html'), Buffer.from([0x3c, 0, 1, 2, 0xff, 0]));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('imports in chunks, reports copies as present and bad files with reasons, and counts every file', async () => {
    const { stored, sink } = memorySink();
    const seen: ImportProgress[] = [];
    const r = await runImport([dir], sink, { chunkSize: 3, onProgress: (p) => seen.push(p) });
    expect(r.imported).toHaveLength(7);
    expect(r.present.map((e) => e.file.split('/').pop())).toEqual(['copy.txt']);
    expect(Object.fromEntries(r.skipped.map((s) => [s.file.split('/').pop(), s.reason]))).toEqual({
      'bin.html': expect.stringMatching(/binary/),
      'empty.txt': 'empty file',
    });
    expect(stored.map((c) => c.length)).toEqual([3, 3, 1]);
    const last = seen[seen.length - 1];
    expect(last).toEqual({ done: 10, total: 10, current: null });
    for (let i = 1; i < seen.length; i++) expect(seen[i].done).toBeGreaterThanOrEqual(seen[i - 1].done);
    expect(r.cancelled).toBe(false);
  });

  it('stops at the next file when cancelled and keeps what was read', async () => {
    const { stored, sink } = memorySink();
    const stop = new AbortController();
    const r = await runImport([dir], sink, {
      chunkSize: 100,
      signal: stop.signal,
      onProgress: (p) => {
        if (p.done === 2) stop.abort();
      },
    });
    expect(r.cancelled).toBe(true);
    expect(r.imported.length + r.present.length + r.skipped.length).toBe(2);
    expect(stored.flat().map((a) => a.id)).toEqual(r.imported.map((e) => e.id));
  });

  it('reports articles the notebook already has as present and stores nothing for them', async () => {
    const first = memorySink();
    const r1 = await runImport([dir], first.sink);
    const again = memorySink(r1.imported.map((e) => e.id));
    const r2 = await runImport([dir], again.sink);
    expect(r2.imported).toEqual([]);
    expect(r2.present).toHaveLength(8);
    expect(again.stored).toEqual([]);
  });
});
