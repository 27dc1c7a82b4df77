// Benchmarks for the comparison core: aligning two 5,000-word variants, fingerprint throughput, copies among 10,000.

import { alignTexts, fingerprint, findCopyPairs, COPY_THRESHOLD } from '../../src-main/core/compare';
import { generateCorpus, seeded } from './synthetic-corpus';
import type { BenchRow } from './types';

/** A vocabulary of made-up words with a few very common ones, like news text (Zipf-ish draws). */
function vocabulary(r: () => number, size: number): string[] {
  const common = ['the', 'of', 'and', 'to', 'in', 'a', 'said', 'that', 'on', 'for', 'was', 'with', 'he', 'by'];
  const syl = ['ba', 'dar', 'el', 'fa', 'gha', 'ha', 'im', 'ja', 'ka', 'lo', 'ma', 'na', 'or', 'qa', 'ra', 'sa', 'ta'];
  const out = [...common];
  while (out.length < size) {
    let w = '';
    for (let k = 2 + Math.floor(r() * 3); k > 0; k--) w += syl[Math.floor(r() * syl.length)];
    out.push(r() < 0.1 ? w[0].toUpperCase() + w.slice(1) : w);
  }
  return out;
}

/**
 * Two variants of one ~5,000-word article: B drops 5% of A's sentences, adds 5% new ones, changes a word or two in
 * 15% (a number, a spelling), and moves one paragraph elsewhere.
 */
export function articlePair(words = 5000, seed = 42): { a: string; b: string } {
  const r = seeded(seed);
  const vocab = vocabulary(r, 6000);
  const word = () => vocab[Math.floor(vocab.length * r() ** 2.5)];
  const sentence = () => {
    const n = 8 + Math.floor(r() * 22);
    const ws = Array.from({ length: n }, word);
    if (r() < 0.3) ws[Math.floor(r() * n)] = String(Math.floor(r() * 5000));
    return `${ws[0][0].toUpperCase()}${ws.join(' ').slice(1)}.`;
  };
  const paras: string[][] = [];
  let count = 0;
  while (count < words) {
    const p = Array.from({ length: 2 + Math.floor(r() * 4) }, sentence);
    count += p.join(' ').split(' ').length;
    paras.push(p);
  }
  const bParas = paras.map((p) =>
    p.flatMap((s) => {
      const x = r();
      if (x < 0.05) return [];
      if (x < 0.1) return [s, sentence()];
      if (x < 0.25) {
        const ws = s.split(' ');
        ws[Math.floor(r() * ws.length)] = word();
        if (r() < 0.5) ws[Math.floor(r() * ws.length)] = word();
        return [ws.join(' ')];
      }
      return [s];
    }),
  );
  const moved = bParas.splice(Math.floor(bParas.length / 3), 1);
  bParas.splice(Math.floor((bParas.length * 3) / 4), 0, ...moved);
  const join = (ps: string[][]) => ps.filter((p) => p.length).map((p) => p.join(' ')).join('\n\n');
  return { a: join(paras), b: join(bParas) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
}

function timeIt(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const { a, b } = articlePair();
  const wordsA = a.split(/\s+/).length;
  const wordsB = b.split(/\s+/).length;
  alignTexts(a, b); // warm-up
  alignTexts(a, b);
  const cpu0 = process.cpuUsage();
  const alignMs = timeIt(() => alignTexts(a, b), 7);
  const alignCpu = cpuMs(cpu0) / 7;
  const result = alignTexts(a, b);
  const kinds = new Map<string, number>();
  for (const p of result.passages) kinds.set(p.kind + (p.moved ? '(moved)' : ''), (kinds.get(p.kind + (p.moved ? '(moved)' : '')) ?? 0) + 1);
  rows.push({
    area: 'compare', metric: 'align two 5,000-word variants (median of 7)', value: round(alignMs), unit: 'ms',
    target: '<= 200 ms', pass: alignMs <= 200,
    note: `CPU ${round(alignCpu)} ms a run; ${wordsA} + ${wordsB} words; ${[...kinds].map(([k, v]) => `${v} ${k}`).join(', ')}; similarity ${result.similarity.toFixed(3)}`,
  });

  const corpus = generateCorpus(10_000);
  const mb = corpus.reduce((s, x) => s + x.text.length, 0) / 1e6;
  for (const x of corpus.slice(0, 200)) fingerprint(x.text); // warm-up
  let cpu = process.cpuUsage();
  let t = performance.now();
  const items = corpus.map((x) => ({ id: x.fileName, fp: fingerprint(x.text) }));
  const fpMs = performance.now() - t;
  rows.push({
    area: 'compare', metric: 'fingerprint throughput', value: round((mb * 1000) / fpMs), unit: 'MB/s',
    note: `10,000 synthetic articles, ${mb.toFixed(1)} M chars in ${round(fpMs)} ms (CPU ${round(cpuMs(cpu))} ms), ` +
      `${round((10_000 * 1000) / fpMs)} articles/s`,
  });

  findCopyPairs(items.slice(0, 500)); // warm-up
  cpu = process.cpuUsage();
  t = performance.now();
  const pairs = findCopyPairs(items);
  const copyMs = performance.now() - t;
  const truth = new Set(corpus.filter((x) => x.copyOf).map((x) => key(x.fileName, x.copyOf!)));
  const found = new Set(pairs.map((p) => key(p.a, p.b)));
  // copies of one original are also copies of each other: count a found pair right if both share an original
  const root = new Map(corpus.map((x) => [x.fileName, x.copyOf ?? x.fileName]));
  const right = [...found].filter((k) => { const [x, y] = k.split('|'); return root.get(x) === root.get(y); }).length;
  const recalled = [...truth].filter((k) => found.has(k)).length;
  rows.push({
    area: 'compare', metric: 'copy detection over 10,000 articles (LSH)', value: round(copyMs), unit: 'ms',
    note: `CPU ${round(cpuMs(cpu))} ms; threshold ${COPY_THRESHOLD}: ${pairs.length} pairs; recall ${recalled}/${truth.size} planted copies; ` +
      `precision ${right}/${found.size}`,
  });
  return rows;
}

function key(x: string, y: string): string {
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

/** CPU time (user + system) since `start`, in ms: steadier than wall time on a shared machine. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
