// The app's main process over one whole working session, as web mode runs it (the built server, one process): a new
// notebook, the corpus uploaded in batches as a drag and drop sends it, then the library, the figures, the top
// figure's page and dossier, searches, the story map and the timeline. Each step's wall time, and the process's peak
// RSS over all of them.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, serverPeakRss } from './ui-notebook';
import type { BenchRow } from './types';

const r1 = (x: number) => Math.round(x * 10) / 10;
/** The most files the import contract takes in one upload batch. */
const UPLOAD_BATCH = 500;

type Call = <T>(method: string, input?: unknown) => Promise<T>;

function client(url: string): Call {
  const u = new URL(url);
  const token = u.searchParams.get('token') ?? '';
  return async <T>(method: string, input: unknown = {}): Promise<T> => {
    const res = await fetch(`${u.origin}/api/${method}`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; value?: T; error?: string };
    if (!body.ok) throw new Error(`${method}: ${body.error}`);
    return body.value as T;
  };
}

/** Runs the session on a new notebook in `dataDir` with the text files of `corpusDir`. */
export async function measureSession(cli: string, dataDir: string, corpusDir: string, area: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const { url, child } = await serve(cli, dataDir);
  const call = client(url);
  const step = async <T>(metric: string, run: () => Promise<T>, note?: (value: T) => string): Promise<T> => {
    const t = performance.now();
    const value = await run();
    const peak = serverPeakRss(child.pid);
    const notes = [note?.(value), peak === undefined ? undefined : `peak RSS so far ${r1(peak)} MB`].filter(Boolean).join('; ');
    rows.push({ area, metric: `session: ${metric}`, value: r1(performance.now() - t), unit: 'ms', note: notes || undefined });
    return value;
  };
  try {
    const names = readdirSync(corpusDir).sort();
    await step('import by upload (batches of 500 files, as a drag and drop sends them)', async () => {
      let jobId = '';
      for (let i = 0; i < names.length; i += UPLOAD_BATCH) {
        const files = names.slice(i, i + UPLOAD_BATCH).map((name) => ({ name, content: readFileSync(join(corpusDir, name), 'utf8') }));
        const more = i + UPLOAD_BATCH < names.length;
        jobId = (i === 0 ? await call<{ jobId: string }>('startImport', { files, more }) : await call<{ jobId: string }>('appendImport', { jobId, files, more })).jobId;
      }
      for (;;) {
        const s = await call<{ finished: boolean; error?: string; report?: { imported: unknown[] } }>('importStatus', { jobId });
        if (s.error) throw new Error(s.error);
        if (s.finished) return s.report?.imported.length ?? 0;
        await new Promise((r) => setTimeout(r, 250));
      }
    }, (n) => `${n} articles`);
    await step('library list', () => call<unknown[]>('listArticles'), (xs) => `${xs.length} articles`);
    const figures = await step('figures list (first analysis: extract + resolve)', () => call<{ id: string; name: string }[]>('listFigures'),
      (xs) => `${xs.length} figures`);
    const top = figures[0];
    if (top) {
      await step('top figure page', () => call('getFigure', { id: top.id }), () => top.name);
      await step('top figure dossier (first)', () => call('getDossier', { figure: top.id }));
    }
    await step('first search (builds and saves the index)', () => call<{ results: unknown[] }>('search', { q: 'ambassador' }), (r) => `${r.results.length} results`);
    await step('later search (typo)', () => call<{ results: unknown[] }>('search', { q: 'defecton' }), (r) => `${r.results.length} results`);
    await step('story map (the network of the whole notebook)', () => call<{ totalNodes: number; totalEdges: number }>('storyNetwork', {}),
      (n) => `${n.totalNodes} figures, ${n.totalEdges} links`);
    await step('timeline', () => call<unknown[]>('storyTimeline', { limit: 500 }), (xs) => `${xs.length} events shown`);
    const hwm = serverPeakRss(child.pid);
    if (hwm !== undefined) {
      rows.push({ area, metric: 'session: main process peak RSS over the whole session above', value: r1(hwm), unit: 'MB', target: '<= 600 MB', pass: hwm <= 600 });
    }
  } finally {
    child.kill('SIGTERM');
  }
  return rows;
}
