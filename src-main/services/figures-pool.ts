// Figure extraction over many articles: in worker threads when there are enough of them (one per core), else in
// this thread in small batches that yield to the event loop. Results are the same either way.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleExtraction, ArticleInput } from '../core/figures';

export interface ExtractOptions {
  /** Worker threads to use; 0 extracts in this thread. Default: one per core (at most 4) from `minForWorkers` articles. */
  threads?: number;
  /** Below this many articles, workers are not worth their start-up (loading the name lexicons). Default 200. */
  minForWorkers?: number;
  /** Articles per message to a worker. Default 25. */
  batch?: number;
}

type Load = (id: string) => Promise<ArticleInput | undefined>;

/** Extracts figures from the articles `ids` (read with `load`); `onResult` gets each extraction as it arrives. */
export async function extractMany(ids: string[], load: Load, onResult: (ex: ArticleExtraction) => void, opts: ExtractOptions = {}): Promise<void> {
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
      for (const a of articles) onResult(extractArticle(a));
      await new Promise((r) => setImmediate(r)); // let requests in between batches
    }
    return;
  }
  const workers = Array.from({ length: Math.min(threads, Math.ceil(ids.length / batch)) }, () => startWorker(entry));
  try {
    await Promise.all(workers.map(async (w) => {
      for (let articles = await take(); articles.length; articles = await take()) {
        for (const ex of await w.extract(articles)) onResult(ex);
      }
    }));
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
}

interface Entry { file: string; viaTsx: boolean }

/** The worker script: the bundled `figures-worker.js` beside this chunk or its parent, else the TypeScript source. */
export function workerEntry(): Entry | undefined {
  const here = import.meta.url;
  for (const rel of ['./figures-worker.js', '../figures-worker.js']) {
    const file = fileURLToPath(new URL(rel, here));
    if (existsSync(file)) return { file, viaTsx: false };
  }
  const source = fileURLToPath(new URL('./figures-worker.ts', here));
  return existsSync(source) ? { file: source, viaTsx: true } : undefined;
}

function startWorker(entry: Entry) {
  const worker = entry.viaTsx
    ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(entry.file).href)}); })`, { eval: true })
    : new Worker(entry.file);
  let failure: Error | undefined;
  const waiting = new Map<number, { resolve: (x: ArticleExtraction[]) => void; reject: (e: Error) => void }>();
  const fail = (err: Error) => {
    failure = err;
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  worker.on('message', (msg: { seq: number; extractions?: ArticleExtraction[]; error?: string }) => {
    const w = waiting.get(msg.seq);
    waiting.delete(msg.seq);
    if (msg.extractions) w?.resolve(msg.extractions);
    else w?.reject(new Error(`figure extraction failed in a worker: ${msg.error}`));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`figure extraction worker stopped (exit ${code})`)));
  let seq = 0;
  return {
    extract(articles: ArticleInput[]): Promise<ArticleExtraction[]> {
      if (failure) return Promise.reject(failure);
      const s = ++seq;
      return new Promise((resolve, reject) => {
        waiting.set(s, { resolve, reject });
        worker.postMessage({ seq: s, articles });
      });
    },
    async stop(): Promise<void> {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
