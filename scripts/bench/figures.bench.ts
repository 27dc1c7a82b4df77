// Figure extraction speed: MB/s on one core beside compromise's people() on the same text, gazetteer load cost,
// and cross-article resolution time at 10,000 articles.

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TARGET_BYTES = 2_000_000;

export async function run(): Promise<BenchRow[]> {
  const c0 = process.cpuUsage();
  const figures = await import('../../src-main/core/figures/index');
  const loadMs = cpuMs(c0);
  const { NEWS_DEV } = await import('../../src-main/core/figures/fixtures/news-dev');
  const { NEWS_HELDOUT, unmark } = await import('../../src-main/core/figures/fixtures/news-heldout');
  const dir = join(root, 'corpus');
  const base = [
    ...readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')),
    ...[...NEWS_DEV, ...NEWS_HELDOUT].map((m) => unmark(m).text),
  ];
  const texts: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < TARGET_BYTES; k++) {
    const t = `Report ${k}.\n${base[k % base.length]}`;
    texts.push(t);
    bytes += Buffer.byteLength(t);
  }
  const mb = bytes / 1e6;

  for (const x of texts.slice(0, 50)) figures.extractArticle({ id: 'warm', text: x }); // warm up the JIT
  // CPU time of this process (user + system): fair to both sides on a busy machine, and it is one core.
  let c = process.cpuUsage();
  const extractions = texts.map((text, i) => figures.extractArticle({ id: String(i), text }));
  const extractMs = cpuMs(c);

  // compromise is much slower: measure it on a slice of the same texts and scale.
  const nlp = (await import('compromise')).default;
  const slice = texts.slice(0, Math.max(20, Math.floor(texts.length / 10)));
  const sliceMb = slice.reduce((n, x) => n + Buffer.byteLength(x), 0) / 1e6;
  for (const x of slice.slice(0, 5)) nlp(x).people().out('array');
  c = process.cpuUsage();
  for (const x of slice) nlp(x).people().out('array');
  const compromiseMs = cpuMs(c);

  // Resolution at 10,000 articles: the extractions re-used under new ids (resolution never reads the text).
  const many = Array.from({ length: 10_000 }, (_, i) => ({ ...extractions[i % extractions.length], articleId: `a${i}` }));
  c = process.cpuUsage();
  const analysis = figures.resolveFigures(many, []);
  const resolveMs = cpuMs(c);

  const ours = mb / (extractMs / 1000);
  const theirs = sliceMb / (compromiseMs / 1000);
  return [
    { area: 'figures', metric: 'extraction throughput (one core)', value: round(ours), unit: 'MB/s', note: `${mb.toFixed(1)} MB, ${texts.length} articles` },
    { area: 'figures', metric: 'compromise people() throughput', value: round(theirs), unit: 'MB/s', note: `${sliceMb.toFixed(2)} MB slice of the same texts` },
    { area: 'figures', metric: 'speed-up over compromise', value: round(ours / theirs), unit: 'x', target: '>= 10 x', pass: ours / theirs >= 10 },
    { area: 'figures', metric: 'module load (gazetteers)', value: round(loadMs), unit: 'ms', note: 'CPU time incl. tsx transpiling 3 MB of JSON; humannames, SCOWL words, world-countries' },
    { area: 'figures', metric: 'resolveFigures, 10,000 articles', value: round(resolveMs), unit: 'ms', note: `${analysis.figures.length} figures, ${analysis.mentions.length} mentions` },
  ];
}

const round = (x: number) => Math.round(x * 100) / 100;
const cpuMs = (since: NodeJS.CpuUsage) => { const u = process.cpuUsage(since); return (u.user + u.system) / 1000; };

if (import.meta.url === `file://${process.argv[1]}`) run().then((rows) => console.table(rows));
