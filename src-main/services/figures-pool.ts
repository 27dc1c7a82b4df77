// Figure extraction over many articles: in worker threads when there are enough of them (one per core), else in
// this thread in small batches that yield to the event loop. Results are the same either way, packed as JSON.

import { availableParallelism } from 'node:os';
import type { ArticleInput } from '../core/figures';
import { packExtraction, type PackedExtraction } from './figures-packed';
import { startWorker, workerEntry as findWorker, type WorkerEntry } from './worker-pool';

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
  const batch = Math.max(1, opts.batch ?? 25);
  const threads = opts.threads ?? (ids.length >= (opts.minForWorkers ?? 200) ? Math.min(4, availableParallelism()) : 0);
  const entry = threads > 0 ? workerEntry() : undefined;
  let next = 0;
  const take = async (): Promise<ArticleInput[]> => {
    const out: ArticleInput[] = [];
    while (out.length < batch && next < ids.length) {
      const a = await load(ids[next++]);
      if (a) out.push({ id: a.id, text: a.text, published: a.published });
    }
    return out;
  };
  if (!entry) {
    const { extractArticle } = await import('../core/figures');
    for (let articles = await take(); articles.length; articles = await take()) {
      for (const a of articles) onResult(packExtraction(extractArticle(a)));
      await new Promise((r) => setImmediate(r)); // let requests in between batches
    }
    return;
  }
  const workers = Array.from({ length: Math.min(threads, Math.ceil(ids.length / batch)) }, () =>
    startWorker<ArticleInput[], PackedExtraction[]>(entry, 'figure extraction', WORKER_HEAP_MB));
  try {
    await Promise.all(workers.map(async (w) => {
      for (let articles = await take(); articles.length; articles = await take()) {
        for (const ex of await w.call(articles)) onResult(ex);
      }
    }));
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
}

/** The figure extraction worker script (bundled as figures-worker.js, or its source under tsx). */
export function workerEntry(): WorkerEntry | undefined {
  return findWorker('figures-worker', import.meta.url);
}
