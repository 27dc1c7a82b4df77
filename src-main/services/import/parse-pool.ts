// Import parsing in worker threads: cleaning text and reading HTML, PDF and EPUB is the CPU-heavy half of an import,
// so a large batch spreads it over the cores while the main thread stores, fingerprints and answers the UI.

import { availableParallelism } from 'node:os';
import { startWorker, workerEntry, type PoolWorker } from '../worker-pool';
import type { ImportFileResult } from './draft';

export interface ParseRequest { file: string; bytes: Uint8Array }

export interface ParsePool {
  parse(file: string, bytes: Uint8Array): Promise<ImportFileResult>;
  /** Parses in flight that keep every worker busy (runImport's `parallel`). */
  readonly parallel: number;
  stop(): Promise<void>;
}

/**
 * Old-generation cap of a parse worker, so garbage is collected before it piles up across thousands of files. A file
 * that needs more (a huge HTML page in jsdom) kills its worker: that file is skipped with the reason and a new worker
 * takes over, so the rest of the batch goes on.
 */
const WORKER_HEAP_MB = 768;

/** Below this many files, starting workers (each loads the readers: jsdom, pdf.js) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 64;

/**
 * Worker count for `files` files: one per core, at most 4, none for small batches. QUIRE_IMPORT_THREADS overrides it
 * (0 parses in the main thread), for benchmarks and for machines where the workers' memory matters more than speed.
 */
export function parseThreads(files: number, cores = availableParallelism(), env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.QUIRE_IMPORT_THREADS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(8, Number(forced));
  return files >= MIN_FILES_FOR_WORKERS ? Math.max(1, Math.min(4, cores)) : 0;
}

/** A pool of `threads` parse workers, or undefined when the worker script cannot be found (parse in this thread). */
export function startParsePool(threads: number): ParsePool | undefined {
  const entry = threads > 0 ? workerEntry('import-parse-worker', import.meta.url) : undefined;
  if (!entry) return undefined;
  const start = (): PoolWorker<ParseRequest, ImportFileResult> => startWorker(entry, 'import', WORKER_HEAP_MB);
  const workers = Array.from({ length: threads }, () => ({ w: start(), busy: 0 }));
  return {
    parallel: threads * 3,
    async parse(file, bytes) {
      const slot = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      slot.busy++;
      try {
        // the bytes move to the worker (no copy); a plain Uint8Array view may share a pooled buffer, so copy those
        const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
        const worker = slot.w;
        return await worker.call({ file, bytes: own }, [own.buffer as ArrayBuffer]).catch((err: Error): ImportFileResult => {
          if (worker.dead && slot.w === worker) slot.w = start(); // files in flight on it are skipped; later ones go on
          return { ok: false, file, reason: `could not be read (${err.message.replace(/\s+/g, ' ')})` };
        });
      } finally {
        slot.busy--;
      }
    },
    async stop() {
      await Promise.all(workers.map((x) => x.w.stop()));
    },
  };
}
