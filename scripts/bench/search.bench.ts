// Search benchmark at 10,000 synthetic articles (~46 MB): build, serialised size, save/load, heap, query latency by kind.

import { cpuUsage, memoryUsage } from 'node:process';
import type { Span } from '../../src-main/shared/model';
import { articleToDocs, SearchIndex } from '../../src-main/core/search/index';
import { generateCorpus } from './synthetic-corpus';
import type { BenchRow } from './types';

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

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const row = (metric: string, value: number, unit: string, extra: Partial<BenchRow> = {}) =>
    rows.push({ area: AREA, metric, value: r1(value), unit, ...extra });

  const corpus = generateCorpus(ARTICLES);
  const docs = corpus.flatMap((a) => articleToDocs(toArticle(a)));
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
  row('index heap after build', heapMB() - heap0, 'MB', { note: 'includes the stored texts used for snippets and phrases' });

  t = performance.now();
  const json = JSON.stringify(index.toJSON());
  row('serialise (toJSON + stringify)', performance.now() - t, 'ms');
  row('serialised size', json.length / 1e6, 'MB', { note: `of which ~${r1(mb)} MB is the article text` });
  sample();

  t = performance.now();
  c = cpuUsage();
  const loaded = SearchIndex.load(JSON.parse(json));
  row('load (parse + SearchIndex.load)', performance.now() - t, 'ms', { note: `cpu ${Math.round(cpuMs(c))} ms; rebuild would take the build time` });
  sample();

  const queries = queryMix(corpus.map((a) => a.text), 500);
  for (const { q } of queries.slice(0, 50)) loaded.search(q); // warm up
  const wall: Record<string, number[]> = { all: [] };
  const cpu: number[] = [];
  let empty = 0;
  for (const { kind, q } of queries) {
    const c0 = cpuUsage();
    const t0 = performance.now();
    const hits = loaded.search(q, { limit: 20 });
    const dt = performance.now() - t0;
    cpu.push(cpuMs(c0));
    (wall[kind] ??= []).push(dt);
    wall.all.push(dt);
    if (hits.length === 0) empty++;
  }
  sample();
  row('query p50 (mix, limit 20, with snippets)', pct(wall.all, 0.5), 'ms');
  row('query p95 (mix, limit 20, with snippets)', pct(wall.all, 0.95), 'ms', { target: '<= 30 ms', pass: pct(wall.all, 0.95) <= 30,
    note: `cpu-time p95 ${r1(pct(cpu, 0.95))} ms (wall time suffers when other processes share the cores)` });
  for (const kind of ['word', 'two words', 'prefix', 'typo', 'phrase']) {
    row(`query p95: ${kind}`, pct(wall[kind], 0.95), 'ms', { note: `p50 ${r1(pct(wall[kind], 0.5))} ms` });
  }
  row('queries with no hit', (100 * empty) / queries.length, '%');
  row('peak heap during the run', peak, 'MB');
  return rows;
}
