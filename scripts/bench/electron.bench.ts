// Benchmarks for the Electron shell's own work: resolving quire://app URLs, and what one IPC reply costs to
// serialise with the structured-clone algorithm Electron's IPC uses (v8.serialize here, outside Electron).

import { deserialize, serialize } from 'node:v8';
import { resolveAppAsset } from '../../src-main/electron/app-protocol';
import { toIpcResult, unwrapIpcResult } from '../../src-main/electron/ipc-protocol';
import type { ArticleSummary } from '../../src-main/shared/model';
import { generateCorpus } from './synthetic-corpus';
import type { BenchRow } from './types';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeRuns(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

function protocolRows(): BenchRow[] {
  const urls = [
    'quire://app/index.html',
    'quire://app/assets/index-3f9a2c.js',
    'quire://app/assets/index-77ab.css',
    'quire://app/fonts/Noto%20Sans.woff2',
    'quire://app/%2e%2e/%2e%2e/etc/passwd',
    'quire://app/..%2f..%2fetc%2fpasswd',
  ];
  const n = 60_000;
  const ms = timeRuns(5, () => {
    for (let i = 0; i < n; i++) resolveAppAsset(urls[i % urls.length]);
  });
  return [{ area: 'electron', metric: 'app protocol URL resolution', value: (ms * 1000) / n, unit: 'µs/request', target: '<= 5 µs/request', pass: (ms * 1000) / n <= 5 }];
}

function ipcRows(): BenchRow[] {
  const rows: BenchRow[] = [];
  const corpus = generateCorpus(10_000, 7);
  const summaries: ArticleSummary[] = corpus.map((a, i) => ({
    id: `a${i.toString(36).padStart(8, '0')}`,
    title: a.text.slice(0, a.text.indexOf('\n')),
    outlet: a.outlet,
    published: a.published,
    words: a.text.split(/\s+/).length,
    tags: [],
    fileName: `${i}.txt`,
    copies: [],
  }));
  const list = toIpcResult({ ok: true, value: summaries });
  const listBytes = serialize(list).byteLength;
  const listMs = timeRuns(7, () => unwrapIpcResult(deserialize(serialize(list))));
  const jsonMs = timeRuns(7, () => unwrapIpcResult(JSON.parse(JSON.stringify(list))));
  rows.push({
    area: 'electron',
    metric: 'IPC listArticles reply, 10,000 articles (serialise + parse)',
    value: listMs,
    unit: 'ms',
    target: '<= 100 ms',
    pass: listMs <= 100,
    note: "node:v8 structured clone, a pessimistic stand-in for Electron's C++ IPC serialiser",
  });
  rows.push({ area: 'electron', metric: 'same reply as JSON (web mode), 10,000 articles', value: jsonMs, unit: 'ms' });
  rows.push({ area: 'electron', metric: 'IPC listArticles reply size, 10,000 articles', value: listBytes / 1e6, unit: 'MB' });

  const longText = corpus.slice(0, 40).map((a) => a.text).join('\n\n'); // a long article (~40 news pieces)
  const article = toIpcResult({ ok: true, value: { id: 'x', title: 'Long', text: longText, paragraphs: [] } });
  const articleMs = timeRuns(15, () => unwrapIpcResult(deserialize(serialize(article))));
  rows.push({
    area: 'electron',
    metric: `IPC getArticle reply, ${(longText.length / 1000).toFixed(0)}k-character article`,
    value: articleMs,
    unit: 'ms',
    target: '<= 5 ms',
    pass: articleMs <= 5,
  });
  return rows;
}

export async function run(): Promise<BenchRow[]> {
  return [...protocolRows(), ...ipcRows()];
}
