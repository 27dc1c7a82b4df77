// One import batch: files and folders in, articles stored in chunks, a report out; progress, cancel, event-loop friendly.
//
// Files are read from disk a few ahead and parsed either here, one at a time (each step awaits, so the event loop runs
// between files; CPU work per file is bounded by the import limits), or several at once by a worker pool passed as
// `parse`; results are taken in file order either way. New articles are committed every `chunkSize` files: the store
// writes a chunk while the next one is being cleaned, and an import cancelled or interrupted part-way keeps what was
// confirmed. A bad file is skipped with its reason and never touches the notebook; an article already there is
// reported as present.

import type { ImportReport } from '../../shared/contract/schemas';
import type { Article } from '../../shared/model';
import { contentHash } from '../../core/text/hash';
import { collectFiles } from './collect';
import type { ImportFileResult } from './draft';
import type { ParsePool } from './parse-pool';
import { loadImportFile, parseImportFile } from './read-file';

export interface ImportProgress {
  done: number; // files finished (imported, present or skipped)
  total: number; // files found so far
  current: string | null; // the file being read
}

export interface ImportSink {
  /** Whether the notebook already holds an article with this id. */
  has(id: string): boolean;
  /** Stores new articles durably; resolves once they are on disk. */
  add(articles: Article[]): Promise<void>;
  importedAt: string;
}

export interface RunImportOptions {
  onProgress?: (p: ImportProgress) => void;
  /** Aborting stops before the next file; what was read until then is still stored. */
  signal?: AbortSignal;
  /** New articles per store write (default 250). */
  chunkSize?: number;
  /** Parses one loaded file (default parseImportFile); a worker pool can be passed here. */
  parse?: (file: string, bytes: Uint8Array) => Promise<ImportFileResult>;
  /** Files read from disk ahead of the one being parsed (default 8): the disk works while the CPU cleans. */
  readAhead?: number;
  /** Files parsed at once (default 1; a worker pool wants a few per worker). Results are still taken in order. */
  parallel?: number;
  /** A worker pool for this many files (or undefined to parse here); it replaces `parse` and is stopped at the end. */
  pool?: (files: number) => ParsePool | undefined;
}

export type ImportOutcome = ImportReport & { cancelled: boolean };

/** Imports `paths` (files or folders) into `sink`. */
export async function runImport(paths: string[], sink: ImportSink, opts: RunImportOptions = {}): Promise<ImportOutcome> {
  const report: ImportOutcome = { imported: [], present: [], skipped: [], cancelled: false };
  const { files, skipped } = await collectFiles(paths);
  const pool = opts.pool?.(files.length);
  try {
    return await importFiles(files, skipped, report, sink, opts, pool);
  } finally {
    await pool?.stop();
  }
}

async function importFiles(
  files: string[], skipped: ImportReport['skipped'], report: ImportOutcome, sink: ImportSink, opts: RunImportOptions, pool: ParsePool | undefined,
): Promise<ImportOutcome> {
  const chunkSize = opts.chunkSize ?? 250;
  const ahead = Math.max(1, opts.readAhead ?? 8);
  const parse = pool ? pool.parse : (opts.parse ?? ((f: string, bytes: Uint8Array) => parseImportFile(f, bytes)));
  report.skipped.push(...skipped);
  const progress: ImportProgress = { done: skipped.length, total: files.length + skipped.length, current: null };
  opts.onProgress?.({ ...progress });
  const seen = new Set<string>();
  let chunk: Article[] = [];
  let writing: Promise<void> = Promise.resolve();
  const commit = async () => {
    await writing; // one store write at a time, in order
    const batch = chunk;
    chunk = [];
    writing = batch.length ? sink.add(batch) : Promise.resolve();
    writing.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  };
  const loads = new Map<number, ReturnType<typeof loadImportFile>>();
  const load = (i: number) => {
    if (i < files.length && !loads.has(i)) loads.set(i, loadImportFile(files[i]));
  };
  const parallel = Math.max(1, pool?.parallel ?? opts.parallel ?? 1);
  const parses = new Map<number, Promise<ImportFileResult>>();
  const startParse = (i: number) => {
    if (i >= files.length || parses.has(i)) return;
    load(i);
    const loading = loads.get(i)!;
    loads.delete(i);
    const parsing = loading.then((loaded) => (loaded.ok ? parse(files[i], loaded.bytes) : loaded));
    parsing.catch(() => undefined); // awaited in order below
    parses.set(i, parsing);
  };
  for (const [i, file] of files.entries()) {
    progress.current = file;
    opts.onProgress?.({ ...progress });
    if (opts.signal?.aborted) {
      report.cancelled = true;
      break;
    }
    for (let k = i; k < i + parallel; k++) startParse(k);
    for (let k = i + parallel; k < i + parallel + ahead; k++) load(k);
    const result = await parses.get(i)!.catch((e: unknown): ImportFileResult => ({ ok: false, file, reason: (e as Error).message }));
    parses.delete(i);
    progress.done++;
    if (!result.ok) {
      report.skipped.push({ file: result.file, reason: result.reason });
      continue;
    }
    const id = contentHash(result.draft.text);
    const entry = { id, title: result.draft.title, file };
    if (seen.has(id) || sink.has(id)) {
      report.present.push(entry);
      continue;
    }
    seen.add(id);
    chunk.push({ ...result.draft, id, importedAt: sink.importedAt });
    report.imported.push(entry);
    if (chunk.length >= chunkSize) await commit();
  }
  await commit();
  await writing;
  progress.current = null;
  opts.onProgress?.({ ...progress });
  return report;
}
