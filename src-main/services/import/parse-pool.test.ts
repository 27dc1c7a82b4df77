import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model';
import { MIN_FILES_FOR_WORKERS, parseThreads, startParsePool } from './parse-pool';
import { runImport } from './run-import';

const FIXTURES = resolve(__dirname, 'fixtures');
const CORPUS = resolve(__dirname, '../../../corpus');

function memorySink() {
  const stored: Article[] = [];
  return { stored, sink: { has: () => false, add: async (a: Article[]) => void stored.push(...a), importedAt: '2026-01-01T00:00:00.000Z' } };
}

describe('import parsing in worker threads', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'quire-parse-pool-'));
    // every format, the sample corpus, a broken PDF and a binary .txt, and enough plain files to need workers
    for (const f of ['article.html', 'article.md', 'jsonld.htm', 'plain.txt', 'time-only.html', 'two-pages.pdf']) await copyFile(join(FIXTURES, f), join(dir, f));
    for (const f of ['000_2b20a5a588fdd823.txt', '002_605359099c9e65cd.txt', '004_70af7e54198c2116.txt']) await copyFile(join(CORPUS, f), join(dir, f));
    await writeFile(join(dir, 'broken.pdf'), '%PDF-1.7 this is not really a pdf');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 0, 255, 0, 7]));
    for (let i = 0; i < MIN_FILES_FOR_WORKERS; i++) {
      await writeFile(join(dir, `n${String(i).padStart(3, '0')}.txt`), `Envoy ${i} resigns\n\nThe envoy number ${i} said on Monday that she had resigned in protest.\n`);
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('uses workers for large batches only', () => {
    expect(parseThreads(MIN_FILES_FOR_WORKERS - 1, 8)).toBe(0);
    expect(parseThreads(MIN_FILES_FOR_WORKERS, 2)).toBe(2);
    expect(parseThreads(10_000, 16)).toBe(4);
  });

  it('imports exactly what parsing in this thread imports, in the same order, with the same skips', async () => {
    const here = memorySink();
    const inThread = await runImport([dir], here.sink);
    const pooled = memorySink();
    let started = 0;
    const inWorkers = await runImport([dir], pooled.sink, {
      pool: (files) => {
        const pool = startParsePool(parseThreads(files, 2));
        if (pool) started++;
        return pool;
      },
    });
    expect(started).toBe(1);
    expect(inWorkers).toEqual(inThread);
    expect(pooled.stored).toEqual(here.stored);
    expect(inWorkers.skipped.map((s) => s.file.split('/').pop()).sort()).toEqual(['binary.txt', 'broken.pdf']);
    expect(pooled.stored.some((a) => a.pages?.length === 2)).toBe(true); // the PDF, read by pdf.js in a worker
  }, 180_000);
});
