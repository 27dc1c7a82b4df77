import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootNotebook } from './boot';
import { ImportJobs } from './import-jobs';
import type { RunImportOptions } from './import/run-import';

const article = (n: number) => `Envoy ${n} quits\n\nThe envoy number ${n} resigned on Monday in protest at the crackdown, officials said.\n`;

async function waitFinished(jobs: ImportJobs, jobId: string) {
  await jobs.idle();
  return jobs.status(jobId);
}

describe('import jobs over a real notebook', () => {
  it('imports uploads sent in batches, reports progress totals, and names files as the user did', async () => {
    const s = await bootNotebook({ dataDir: await mkdtemp(join(tmpdir(), 'quire-jobs-')) });
    const jobs = new ImportJobs(s.articles);
    const { jobId } = await jobs.startUploads([{ name: 'one.txt', content: article(1) }], true);
    await jobs.append(jobId, [{ name: 'two.md', content: `# ${article(2)}` }, { name: 'empty.html', content: '' }], true);
    expect(jobs.status(jobId).total).toBe(3);
    await jobs.append(jobId, [{ name: 'again.txt', content: article(1) }], false);
    const done = await waitFinished(jobs, jobId);
    expect(done).toMatchObject({ finished: true, cancelled: false, done: 4, total: 4, current: null });
    expect(done.report!.imported.map((e) => e.file)).toEqual(['one.txt', 'two.md']);
    expect(done.report!.present.map((e) => e.file)).toEqual(['again.txt']);
    expect(done.report!.skipped).toEqual([{ file: 'empty.html', reason: 'empty file' }]);
    expect((await s.articles.list()).map((a) => a.title).sort()).toEqual(['Envoy 1 quits', 'Envoy 2 quits']);
    await expect(jobs.append(jobId, [{ name: 'late.txt', content: article(3) }])).rejects.toThrow(/already ended/);
  });

  it('refuses unknown jobs', () => {
    const jobs = new ImportJobs({ importPaths: async () => ({ imported: [], present: [], skipped: [], cancelled: false }) });
    expect(() => jobs.status('nope')).toThrow(/No import job/);
  });
});

describe('import jobs: cancel and order', () => {
  /** A stand-in import that takes one step per file and honours the signal like runImport does. */
  const slowImporter = (log: string[]) => ({
    importPaths: async (paths: string[], opts: RunImportOptions = {}) => {
      const out = { imported: [] as { id: string; title: string; file: string }[], present: [], skipped: [], cancelled: false };
      for (const [i, p] of paths.entries()) {
        opts.onProgress?.({ done: i, total: paths.length, current: p });
        if (opts.signal?.aborted) return { ...out, cancelled: true };
        await new Promise((r) => setTimeout(r, 5));
        log.push(p);
        out.imported.push({ id: p, title: p, file: p });
      }
      return out;
    },
  });

  it('a cancelled job stops before its next file and keeps its partial report; the next job then runs', async () => {
    const log: string[] = [];
    const jobs = new ImportJobs(slowImporter(log));
    const first = jobs.startPaths(Array.from({ length: 50 }, (_, i) => `/a/${i}.txt`));
    const second = jobs.startPaths(['/b/0.txt']);
    while (log.length < 3) await new Promise((r) => setTimeout(r, 2));
    jobs.cancel(first.jobId);
    const a = await waitFinished(jobs, first.jobId);
    expect(a.cancelled).toBe(true);
    expect(a.report!.imported.length).toBeLessThan(50);
    expect(a.report!.imported.map((e) => e.file)).toEqual(log.filter((p) => p.startsWith('/a/')));
    expect(jobs.status(second.jobId).report!.imported.map((e) => e.file)).toEqual(['/b/0.txt']);
    expect(log.indexOf('/b/0.txt')).toBe(log.length - 1); // jobs run one after the other
  });

  it('batches that arrive while one is importing are imported together, in the order sent', async () => {
    const log: string[] = [];
    const runs: number[] = [];
    const importer = slowImporter(log);
    let sent!: () => void;
    const allSent = new Promise<void>((r) => (sent = r)); // the first run lasts until every batch is sent, however slow the disk
    const jobs = new ImportJobs({
      importPaths: async (paths, opts) => {
        runs.push(paths.length);
        if (runs.length === 1) await allSent;
        return importer.importPaths(paths, opts);
      },
    });
    const batch = (b: number) => Array.from({ length: 4 }, (_, i) => ({ name: `${b}-${i}.txt`, content: 'x' }));
    const { jobId } = await jobs.startUploads(batch(0), true);
    for (let b = 1; b < 5; b++) await jobs.append(jobId, batch(b), b < 4);
    sent();
    const s = await waitFinished(jobs, jobId);
    expect(runs).toEqual([4, 16]); // the first batch started alone; the four sent during it went in one run
    expect(s.report!.imported.map((e) => e.file)).toEqual([0, 1, 2, 3, 4].flatMap((b) => batch(b).map((f) => f.name)));
  });

  it('an upload job whose next batch never comes ends after the idle time', async () => {
    const jobs = new ImportJobs(slowImporter([]), { idleMs: 20 });
    const { jobId } = await jobs.startUploads([{ name: 'a.txt', content: 'x' }], true);
    const s = await waitFinished(jobs, jobId);
    expect(s.finished).toBe(true);
    expect(s.report!.imported.map((e) => e.file)).toEqual(['a.txt']);
  });
});
