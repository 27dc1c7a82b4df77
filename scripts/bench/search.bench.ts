// Search benchmark at 10,000 synthetic articles (~46 MB): build, saved size, open/load, heap, query latency by kind on
// the live index and on a saved index opened as the CLI opens it; with QUIRE_BENCH_SEARCH_DATA, `quire search` itself.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cpuUsage, memoryUsage } from 'node:process';
import { fileURLToPath } from 'node:url';
import type { Span } from '../../src-main/shared/model';
import { articleToDocs, type DocText, SavedIndex, type SavedPhrases, SearchIndex, type TextSource } from '../../src-main/core/search/index';
import { generateCorpus } from './synthetic-corpus';
import type { BenchRow } from './types';
import { readUsage, writeUsageHook } from './usage-hook';

const ARTICLES = Number(process.env.QUIRE_BENCH_ARTICLES ?? 10_000);
const AREA = 'search';

type QueryKind = 'word' | 'two words' | 'prefix' | 'typo' | 'phrase';

function toArticle(a: { fileName: string; text: string; published: string; outlet: string }) {
  const lines = a.text.split('\n');
  const paragraphs: Span[] = [];
  let at = 0;
  for (const l of lines) {
    paragraphs.push([at, at + l.length]);
    at += l.length + 1;
  }
  return { id: a.fileName, title: lines[0], outlet: a.outlet, published: a.published, text: a.text, paragraphs };
}

/** A fixed mix of queries drawn from the corpus with a seeded generator: what people type, including mistakes. */
function queryMix(texts: string[], count: number): { kind: QueryKind; q: string }[] {
  let s = 12345;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const words = texts.slice(0, 300).flatMap((t) => t.match(/[A-Za-z]{5,}/g) ?? []);
  const word = () => words[Math.floor(rnd() * words.length)];
  const out: { kind: QueryKind; q: string }[] = [];
  while (out.length < count) {
    const w = word();
    const k = 1 + Math.floor(rnd() * (w.length - 2));
    const tokens = texts[Math.floor(rnd() * 300)].split(/\s+/);
    const p = Math.floor(rnd() * (tokens.length - 3));
    out.push(
      { kind: 'word', q: w },
      { kind: 'two words', q: `${w} ${word()}` },
      { kind: 'prefix', q: w.slice(0, 4) },
      { kind: 'typo', q: w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2) },
      { kind: 'phrase', q: `"${tokens.slice(p, p + 3).join(' ').replace(/[^A-Za-z' -]/g, ' ').trim()}"` },
    );
  }
  return out;
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const heapMB = () => memoryUsage().heapUsed / 1e6;
const cpuMs = (since: NodeJS.CpuUsage) => { const d = cpuUsage(since); return (d.user + d.system) / 1000; };
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const r1 = (x: number) => Math.round(x * 10) / 10;
const KINDS: QueryKind[] = ['word', 'two words', 'prefix', 'typo', 'phrase'];

interface Searchable { search(q: string, opts: { limit: number }): Promise<unknown[]> }

/** Wall and CPU time of each query of the mix, by kind (after a warm-up of 50), and how many found nothing. */
async function timeQueries(index: Searchable, queries: { kind: QueryKind; q: string }[], warmup = queries.slice(0, 50)) {
  for (const { q } of warmup) await index.search(q, { limit: 20 });
  const wall: Record<string, number[]> = { all: [] };
  const cpu: Record<string, number[]> = { all: [] };
  let empty = 0;
  for (const { kind, q } of queries) {
    const c0 = cpuUsage();
    const t0 = performance.now();
    const hits = await index.search(q, { limit: 20 });
    const dt = performance.now() - t0;
    const dc = cpuMs(c0);
    for (const k of ['all', kind]) {
      (wall[k] ??= []).push(dt);
      (cpu[k] ??= []).push(dc);
    }
    if (hits.length === 0) empty++;
  }
  return { wall, cpu, empty };
}

/** `quire search` as whole processes on a notebook folder (QUIRE_BENCH_SEARCH_DATA): cold (search caches removed,
 * figure caches kept), then warm, median of 3. Needs the built CLI (npm run bench builds it). */
function cliRows(dataDir: string, row: (metric: string, value: number, unit: string, extra?: Partial<BenchRow>) => void): void {
  const cli = join(dirname(fileURLToPath(import.meta.url)), '../../out/main/cli.js');
  if (!existsSync(cli)) return row('quire search (process)', 0, 'ms', { note: 'skipped: build first (out/main/cli.js)' });
  const hook = writeUsageHook(mkdtempSync(join(tmpdir(), 'quire-bench-')));
  const once = () => {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--require', hook, cli, '--data', dataDir, 'search', 'ambassador', '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const wallMs = performance.now() - t;
    const usage = readUsage(r.stderr);
    if (r.status !== 0 || !usage) throw new Error(`quire search failed: ${r.stderr.split('\n')[0]}`);
    return { wallMs, ...usage };
  };
  for (const f of ['search-index.json', 'search-phrases.json']) rmSync(join(dataDir, 'cache', f), { force: true });
  const cold = once();
  row('quire search ambassador --json, cold (process)', cold.wallMs, 'ms', { note: `cpu ${Math.round(cold.cpuMs)} ms, RSS ${Math.round(cold.rssMb)} MB; builds and saves the index` });
  const warm = [once(), once(), once()].sort((a, b) => a.wallMs - b.wallMs)[1];
  row('quire search ambassador --json, warm (process, median of 3)', warm.wallMs, 'ms', { target: '<= 1500 ms', pass: warm.wallMs <= 1500,
    note: `cpu ${Math.round(warm.cpuMs)} ms, RSS ${Math.round(warm.rssMb)} MB` });
}

/** The app's own path on a real notebook, in-process: each query first checks the notebook for changes (sync). */
async function serviceRows(dataDir: string, queries: { kind: QueryKind; q: string }[], row: (metric: string, value: number, unit: string, extra?: Partial<BenchRow>) => void) {
  const { bootNotebook } = await import('../../src-main/services/boot');
  const services = await bootNotebook({ dataDir, readOnly: true });
  const t = performance.now();
  const c = cpuUsage();
  await services.search.ready();
  row('service: open the saved index (first query of a process)', performance.now() - t, 'ms', { note: `cpu ${Math.round(cpuMs(c))} ms; ${services.search.origin}` });
  const syncs: number[] = [];
  const timed = await timeQueries({ search: async (q, opts) => {
    const s0 = performance.now();
    await services.search.ready();
    syncs.push(performance.now() - s0);
    return services.search.search(q, opts);
  } }, queries, queries.slice(-50)); // warmed with the last queries: long out of its recent-answers cache when they come

  const p95 = pct(timed.wall.all, 0.95);
  row('service: query p95 (sync + answer, notebook from QUIRE_BENCH_SEARCH_DATA)', p95, 'ms', { target: '<= 30 ms', pass: p95 <= 30,
    note: `p50 ${r1(pct(timed.wall.all, 0.5))} ms; cpu p95 ${r1(pct(timed.cpu.all, 0.95))} ms; sync alone p95 ${r1(pct(syncs, 0.95))} ms` });
  await services.ctx.store.close();
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const row = (metric: string, value: number, unit: string, extra: Partial<BenchRow> = {}) =>
    rows.push({ area: AREA, metric, value: r1(value), unit, ...extra });

  const corpus = generateCorpus(ARTICLES);
  const articles = corpus.map(toArticle);
  const docs = articles.flatMap((a) => articleToDocs(a));
  const mb = corpus.reduce((n, a) => n + a.text.length, 0) / 1e6;
  gc();
  const heap0 = heapMB();
  let peak = heap0;
  const sample = () => { peak = Math.max(peak, heapMB()); };

  let t = performance.now();
  let c = cpuUsage();
  const index = SearchIndex.fromDocs(docs);
  row(`index build (${ARTICLES} articles, ${r1(mb)} MB)`, performance.now() - t, 'ms', { note: `cpu ${Math.round(cpuMs(c))} ms` });
  sample();
  gc();
  row('index heap after build', heapMB() - heap0, 'MB', { note: 'includes the texts kept for snippets and phrases (the app reads them from the bodies)' });

  // Article bodies as files, as the store keeps them: the saved index reads texts for the hits only.
  const bodies = mkdtempSync(join(tmpdir(), 'quire-bench-bodies-'));
  for (const a of articles) writeFileSync(join(bodies, `${a.id}.json`), JSON.stringify({ id: a.id, text: a.text, paragraphs: a.paragraphs }));
  const texts: TextSource = async (doc) => JSON.parse(await readFile(join(bodies, `${doc.id}.json`), 'utf8')) as DocText;
  const lean = SearchIndex.fromDocs(docs, texts);

  t = performance.now();
  const saved = lean.save();
  const json = JSON.stringify(saved.index);
  const phrases = JSON.stringify({ ...saved.phrases, signatures: Buffer.from(saved.phrases!.signatures).toString('base64') });
  row('save (pack + stringify)', performance.now() - t, 'ms');
  row('saved index size', json.length / 1e6, 'MB', { note: `+ ${r1(phrases.length / 1e6)} MB of phrase signatures, read on the first phrase; article texts stay in their bodies (${r1(mb)} MB)` });
  sample();

  t = performance.now();
  c = cpuUsage();
  const opened = SavedIndex.open(JSON.parse(json), texts, async () => {
    const p = JSON.parse(phrases) as { signatures: string };
    return { ...p, signatures: new Uint8Array(Buffer.from(p.signatures, 'base64')) } as SavedPhrases;
  });
  row('open saved index (parse + SavedIndex.open)', performance.now() - t, 'ms', { note: `cpu ${Math.round(cpuMs(c))} ms; what a search of an unchanged notebook loads` });
  t = performance.now();
  c = cpuUsage();
  SearchIndex.load({ index: JSON.parse(json), phrases: saved.phrases }, texts);
  row('load whole (parse + SearchIndex.load)', performance.now() - t, 'ms', { note: `cpu ${Math.round(cpuMs(c))} ms; only to add or remove documents` });
  sample();

  const queries = queryMix(corpus.map((a) => a.text), 500);
  const live = await timeQueries(index, queries);
  sample();
  const p95 = pct(live.wall.all, 0.95);
  row('query p50 (mix, limit 20, with snippets)', pct(live.wall.all, 0.5), 'ms', { note: `cpu-time p50 ${r1(pct(live.cpu.all, 0.5))} ms` });
  row('query p95 (mix, limit 20, with snippets)', p95, 'ms', { target: '<= 30 ms', pass: p95 <= 30,
    note: `cpu-time p95 ${r1(pct(live.cpu.all, 0.95))} ms (wall time suffers when other processes share the cores)` });
  for (const kind of KINDS) {
    row(`query p95: ${kind}`, pct(live.wall[kind], 0.95), 'ms', { note: `p50 ${r1(pct(live.wall[kind], 0.5))} ms; cpu p95 ${r1(pct(live.cpu[kind], 0.95))} ms` });
  }
  row('queries with no hit', (100 * live.empty) / queries.length, '%');

  const lazy = await timeQueries(opened, queries);
  sample();
  const lazyP95 = pct(lazy.wall.all, 0.95);
  row('saved index: query p95 (postings decoded per term, texts read from files)', lazyP95, 'ms', { target: '<= 30 ms', pass: lazyP95 <= 30,
    note: `p50 ${r1(pct(lazy.wall.all, 0.5))} ms; cpu p95 ${r1(pct(lazy.cpu.all, 0.95))} ms` });
  for (const kind of KINDS) {
    row(`saved index: query p95: ${kind}`, pct(lazy.wall[kind], 0.95), 'ms', { note: `p50 ${r1(pct(lazy.wall[kind], 0.5))} ms; cpu p95 ${r1(pct(lazy.cpu[kind], 0.95))} ms` });
  }
  rmSync(bodies, { recursive: true, force: true });
  row('peak heap during the run', peak, 'MB');

  const dataDir = process.env.QUIRE_BENCH_SEARCH_DATA;
  if (dataDir) {
    cliRows(dataDir, row);
    await serviceRows(dataDir, queries, row);
  }
  return rows;
}
