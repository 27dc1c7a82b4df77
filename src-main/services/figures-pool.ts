// Figure extraction over many articles: in worker threads when there are enough of them (one per core), else in
// this thread in small batches that yield to the event loop. Results are the same either way, packed as JSON.

import type { ArticleInput } from '../core/figures';
import { packExtraction, type PackedExtraction } from './figures-packed';
import { runBatches, threadsFor, workerEntry as findWorker, type WorkerEntry } from './worker-pool';

export interface ExtractOptions {
  /** Worker threads to use; 0 extracts in this thread. Default: one per core (at most 4) from `minForWorkers` articles. */
  threads?: number;
  /** Below this many articles, workers are not worth their start-up (loading the name lexicons). Default 200. */
  minForWorkers?: number;
  /** Articles per message to a worker. Default 25. */
  batch?: number;
}

/** Old-generation cap of an extraction worker: the name lexicons plus one batch need well under half of it. */
const WORKER_HEAP_MB = 128;

type Load = (id: string) => Promise<ArticleInput | undefined>;

/** Extracts figures from the articles `ids` (read with `load`); `onResult` gets each extraction, packed, as it arrives. */
export async function extractMany(ids: string[], load: Load, onResult: (ex: PackedExtraction) => void, opts: ExtractOptions = {}): Promise<void> {
  const threads = opts.threads ?? threadsFor(ids.length, opts.minForWorkers ?? 200);
  await runBatches<ArticleInput, PackedExtraction>({
    what: 'figure extraction', ids, threads, batch: Math.max(1, opts.batch ?? 25), heapMb: WORKER_HEAP_MB, onResult,
    entry: threads > 0 ? workerEntry() : undefined,
    load: async (id) => {
      const a = await load(id);
      return a && { id: a.id, text: a.text, published: a.published };
    },
    inThread: async (articles) => {
      const { extractArticle } = await import('../core/figures'); // loaded once, on the first batch
      return articles.map((a) => packExtraction(extractArticle(a)));
    },
  });
}

/** The figure extraction worker script (bundled as figures-worker.js, or its source under tsx). */
export function workerEntry(): WorkerEntry | undefined {
  return findWorker('figures-worker', import.meta.url);
}
