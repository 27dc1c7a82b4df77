// Import jobs: an import runs in the background of the main process while the page polls its progress and may cancel.
//
// Jobs run one at a time, in the order started (two imports never race to add the same article). A job holds
// batches of files: a path job has one; an upload job gets its first batch with startImport and more through
// appendImport until a batch says `more: false`; the batches waiting when one run ends are imported together.
// Uploaded files are written to a private temp folder (removed when the job ends) and imported as paths, so every
// door shares one pipeline. Finished jobs are kept for a while so the page can read their report, then forgotten.

import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { HandlersOf } from '../shared/contract/api';
import type { ImportStatus, importInputs } from '../shared/contract/imports';
import type { ImportReport } from '../shared/contract/schemas';
import { UserError } from '../shared/result';
import type { ArticleService } from './articles';
import type { ImportProgress } from './import/run-import';
import { LARGE_JOB, releaseMemory } from './release-memory';

export interface UploadedFile {
  name: string;
  content: string;
  base64?: boolean;
}

export interface ImportJobOptions {
  /** Finished jobs kept for status queries (default 20). */
  keepFinished?: number;
  /** An upload job that waits this long for its next batch is finished as it stands (default 5 minutes). */
  idleMs?: number;
}

interface Job {
  id: string;
  batches: string[][];
  more: boolean;
  tempDir: string | null;
  uploads: number;
  doneBefore: number; // files of the batches already finished
  progress: ImportProgress; // of the batch running now
  report: ImportReport;
  cancelled: boolean;
  finished: boolean;
  error?: string;
  abort: AbortController;
  wake: (() => void) | null;
  renames: Map<string, string>; // temp path -> the name the user gave
}

export class ImportJobs {
  private jobs = new Map<string, Job>();
  private chain: Promise<void> = Promise.resolve();
  private readonly keepFinished: number;
  private readonly idleMs: number;

  constructor(private readonly articles: Pick<ArticleService, 'importPaths'>, opts: ImportJobOptions = {}) {
    this.keepFinished = opts.keepFinished ?? 20;
    this.idleMs = opts.idleMs ?? 5 * 60_000;
  }

  /** Starts importing files and folders on this machine. */
  startPaths(paths: string[]): { jobId: string } {
    const job = this.create(false);
    job.batches.push(paths);
    this.schedule(job);
    return { jobId: job.id };
  }

  /** Starts importing uploaded files; `more` says further batches will follow through `append`. */
  async startUploads(files: UploadedFile[], more = false): Promise<{ jobId: string }> {
    const job = this.create(more);
    await this.addUploads(job, files);
    this.schedule(job);
    return { jobId: job.id };
  }

  /** Adds a batch of uploaded files to a job that expects more. */
  async append(jobId: string, files: UploadedFile[], more = false): Promise<{ jobId: string }> {
    const job = this.get(jobId);
    if (job.finished || job.cancelled) throw new UserError('This import has already ended; start a new one.', 409);
    if (!job.more) throw new UserError('This import was told no more files would follow.', 409);
    await this.addUploads(job, files);
    job.more = more;
    job.wake?.();
    return { jobId };
  }

  status(jobId: string): ImportStatus {
    const job = this.get(jobId);
    const pending = job.batches.reduce((n, b) => n + b.length, 0);
    const status: ImportStatus = {
      jobId: job.id,
      done: job.doneBefore + job.progress.done,
      total: job.doneBefore + job.progress.total + pending,
      current: job.progress.current ? this.displayName(job, job.progress.current) : null,
      cancelled: job.cancelled,
      finished: job.finished,
    };
    if (job.finished) status.report = this.displayReport(job);
    if (job.error) status.error = job.error;
    return status;
  }

  /** Stops a job before its next file; what it imported so far stays in the notebook. */
  cancel(jobId: string): ImportStatus {
    const job = this.get(jobId);
    if (!job.finished) {
      job.cancelled = true;
      job.more = false;
      job.batches = [];
      job.abort.abort();
      job.wake?.();
    }
    return this.status(jobId);
  }

  /** Resolves when every job started so far has ended (tests, shutdown). */
  idle(): Promise<void> {
    return this.chain;
  }

  private create(more: boolean): Job {
    const job: Job = {
      id: randomBytes(12).toString('base64url'),
      batches: [],
      more,
      tempDir: null,
      uploads: 0,
      doneBefore: 0,
      progress: { done: 0, total: 0, current: null },
      report: { imported: [], present: [], skipped: [] },
      cancelled: false,
      finished: false,
      abort: new AbortController(),
      wake: null,
      renames: new Map(),
    };
    this.jobs.set(job.id, job);
    return job;
  }

  private get(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new UserError(`No import job ${jobId}`, 404);
    return job;
  }

  private async addUploads(job: Job, files: UploadedFile[]): Promise<void> {
    if (files.length === 0) return;
    job.tempDir ??= await mkdtemp(join(tmpdir(), 'quire-upload-'));
    const paths: string[] = [];
    for (const f of files) {
      const sub = join(job.tempDir, String(job.uploads++));
      const path = join(sub, basename(f.name).replace(/^\.+/, '') || 'upload.txt');
      await mkdir(sub);
      await writeFile(path, f.base64 ? Buffer.from(f.content, 'base64') : f.content);
      job.renames.set(path, f.name);
      paths.push(path);
    }
    job.batches.push(paths);
  }

  private schedule(job: Job): void {
    this.chain = this.chain.then(() => this.run(job)).catch(() => undefined);
  }

  private async run(job: Job): Promise<void> {
    try {
      while (!job.cancelled) {
        // every batch that arrived meanwhile goes in one pipeline run: each run starts its parse workers and brings
        // the near-copy map up to date, which a drag and drop of thousands of files would otherwise pay per 500
        const batch = job.batches.splice(0).flat();
        if (batch.length) {
          await this.runBatch(job, batch);
        } else if (job.more) {
          if (!(await this.waitForMore(job))) break;
        } else break;
      }
    } catch (e) {
      job.error = e instanceof Error ? e.message : String(e);
    } finally {
      job.finished = true;
      job.progress.current = null;
      if (job.tempDir) await rm(job.tempDir, { recursive: true, force: true }).catch(() => undefined);
      this.prune();
      if (job.doneBefore >= LARGE_JOB) releaseMemory(); // a big import's garbage, before the figures analysis
    }
  }

  private async runBatch(job: Job, batch: string[]): Promise<void> {
    job.progress = { done: 0, total: batch.length, current: null };
    try {
      const outcome = await this.articles.importPaths(batch, { signal: job.abort.signal, onProgress: (p) => (job.progress = p) });
      job.report.imported.push(...outcome.imported);
      job.report.present.push(...outcome.present);
      job.report.skipped.push(...outcome.skipped);
    } finally {
      job.doneBefore += job.progress.done;
      job.progress = { done: 0, total: 0, current: null };
    }
  }

  /** Waits for the next batch, a cancel, or the idle timeout; false when no more will come. */
  private waitForMore(job: Job): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        job.more = false;
        resolve(false);
      }, this.idleMs);
      job.wake = () => {
        clearTimeout(timer);
        job.wake = null;
        resolve(!job.cancelled);
      };
    });
  }

  private displayName(job: Job, path: string): string {
    return job.renames.get(path) ?? path;
  }

  private displayReport(job: Job): ImportReport {
    const name = (p: string) => this.displayName(job, p);
    return {
      imported: job.report.imported.map((e) => ({ ...e, file: name(e.file) })),
      present: job.report.present.map((e) => ({ ...e, file: name(e.file) })),
      skipped: job.report.skipped.map((e) => ({ ...e, file: name(e.file) })),
    };
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.finished);
    for (const j of finished.slice(0, Math.max(0, finished.length - this.keepFinished))) this.jobs.delete(j.id);
  }
}

/** The import-job handlers of the contract. */
export function createImportFeature(deps: { articles: ArticleService }): { service: ImportJobs; handlers: HandlersOf<typeof importInputs> } {
  const service = new ImportJobs(deps.articles);
  return {
    service,
    handlers: {
      startImport: ({ files, more }) => service.startUploads(files, more),
      appendImport: ({ jobId, files, more }) => service.append(jobId, files, more),
      startImportPaths: async ({ paths }) => service.startPaths(paths),
      importStatus: async ({ jobId }) => service.status(jobId),
      cancelImport: async ({ jobId }) => service.cancel(jobId),
    },
  };
}
