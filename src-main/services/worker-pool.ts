// Worker threads for CPU-heavy batches (figure extraction, import parsing): finds a bundled worker script beside the
// main-side chunks (or its TypeScript source under tsx), and answers requests in order of a sequence number.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type TransferListItem } from 'node:worker_threads';

export interface WorkerEntry { file: string; viaTsx: boolean }

/** The worker script `name`: the bundled `<name>.js` beside this chunk or its parent, else `<name>.ts` beside this file. */
export function workerEntry(name: string, here = import.meta.url): WorkerEntry | undefined {
  for (const rel of [`./${name}.js`, `../${name}.js`]) {
    const file = fileURLToPath(new URL(rel, here));
    if (existsSync(file)) return { file, viaTsx: false };
  }
  const source = fileURLToPath(new URL(`./${name}.ts`, here));
  return existsSync(source) ? { file: source, viaTsx: true } : undefined;
}

/** One worker that answers `{ seq, ...request }` with `{ seq, result }` or `{ seq, error }`. */
export interface PoolWorker<Req, Res> {
  call(request: Req, transfer?: TransferListItem[]): Promise<Res>;
  /** True once the worker has died (out of memory, a crash): every call fails from then on; start another. */
  readonly dead: boolean;
  stop(): Promise<void>;
}

/**
 * Starts a worker; `what` names the job in errors ("figure extraction", "import"). `heapMb` caps the worker's old
 * generation: V8 then collects garbage before it piles up (a worker's live data is one batch), which keeps the
 * process's peak memory down; a batch that truly needs more fails with an error instead of exhausting the machine.
 */
export function startWorker<Req, Res>(entry: WorkerEntry, what: string, heapMb?: number): PoolWorker<Req, Res> {
  const resourceLimits = heapMb ? { maxOldGenerationSizeMb: heapMb } : undefined;
  const worker = entry.viaTsx
    ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(entry.file).href)}); })`, { eval: true, resourceLimits })
    : new Worker(entry.file, { resourceLimits });
  let failure: Error | undefined;
  const waiting = new Map<number, { resolve: (x: Res) => void; reject: (e: Error) => void }>();
  const fail = (err: Error) => {
    failure = err;
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  worker.on('message', (msg: { seq: number; result?: Res; error?: string }) => {
    const w = waiting.get(msg.seq);
    waiting.delete(msg.seq);
    if (msg.error === undefined) w?.resolve(msg.result as Res);
    else w?.reject(new Error(`${what} failed in a worker: ${msg.error}`));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`${what} worker stopped (exit ${code})`)));
  let seq = 0;
  return {
    get dead() {
      return failure !== undefined;
    },
    call(request: Req, transfer?: TransferListItem[]): Promise<Res> {
      if (failure) return Promise.reject(failure);
      const s = ++seq;
      return new Promise((resolve, reject) => {
        waiting.set(s, { resolve, reject });
        worker.postMessage({ seq: s, request }, transfer);
      });
    },
    async stop(): Promise<void> {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}

/** The worker side: answers each `{ seq, request }` with `handle(request)`, or the error's message. */
export function serveRequests<Req, Res>(port: import('node:worker_threads').MessagePort | null, handle: (request: Req) => Res | Promise<Res>): void {
  port?.on('message', async (msg: { seq: number; request: Req }) => {
    try {
      port.postMessage({ seq: msg.seq, result: await handle(msg.request) });
    } catch (err) {
      port.postMessage({ seq: msg.seq, error: (err as Error).message ?? String(err) });
    }
  });
}

/** Worker threads for a batch job of `items`: one per core (at most 4) from `minItems` on, else none. */
export function threadsFor(items: number, minItems: number): number {
  return items >= minItems ? Math.min(4, availableParallelism()) : 0;
}

export interface BatchJob<In, Out> {
  /** What the items are read for, in errors ("figure extraction"). */
  what: string;
  /** The ids to process, in order; `load` gives each one's input (undefined: gone since, skipped). */
  ids: string[];
  load: (id: string) => Promise<In | undefined>;
  /** The worker script; undefined (or 0 threads) processes in this thread with `inThread`. */
  entry: WorkerEntry | undefined;
  threads: number;
  /** Items per message to a worker, and per turn of the event loop in this thread. */
  batch: number;
  heapMb?: number;
  inThread: (inputs: In[]) => Out[] | Promise<Out[]>;
  onResult: (out: Out) => void;
}

/**
 * Runs `ids` through worker threads in batches (each worker takes the next batch when it answers), or in this thread
 * one batch per turn of the event loop, so requests are answered in between. Results arrive in batch order per worker.
 */
export async function runBatches<In, Out>(job: BatchJob<In, Out>): Promise<void> {
  let next = 0;
  const take = async (): Promise<In[]> => {
    const out: In[] = [];
    while (out.length < job.batch && next < job.ids.length) {
      const input = await job.load(job.ids[next++]);
      if (input !== undefined) out.push(input);
    }
    return out;
  };
  const { entry } = job;
  if (!entry || job.threads <= 0) {
    for (let inputs = await take(); inputs.length; inputs = await take()) {
      for (const out of await job.inThread(inputs)) job.onResult(out);
      await new Promise((r) => setImmediate(r));
    }
    return;
  }
  const workers = Array.from({ length: Math.min(job.threads, Math.ceil(job.ids.length / job.batch)) }, () =>
    startWorker<In[], Out[]>(entry, job.what, job.heapMb));
  try {
    await Promise.all(workers.map(async (w) => {
      for (let inputs = await take(); inputs.length; inputs = await take()) {
        for (const out of await w.call(inputs)) job.onResult(out);
      }
    }));
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
}
