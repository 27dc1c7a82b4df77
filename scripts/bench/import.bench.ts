// Import pipeline throughput: text cleaning (the sample corpus repeated, the synthetic corpus), saved-web-page import,
// and whole imports through ArticleService.importPaths on a real store (1,000 and 10,000 synthetic .txt files).

import { availableParallelism, loadavg } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanText } from '../../src-main/core/text/clean';
import { bootNotebook } from '../../src-main/services/boot';
import { generateCorpus } from './synthetic-corpus';
import { readHtml } from '../../src-main/services/import/html';
import { DEFAULT_LIMITS } from '../../src-main/services/import/limits';
import type { BenchRow } from './types';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = join(root, 'corpus');
const samples = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));
const MB = 1024 * 1024;

/** Runs `fn` over `inputs` until at least `minMs` have passed; returns MB per second of UTF-16 input length. */
function throughput(inputs: string[], fn: (s: string) => void, minMs = 1500): { mbps: number; mb: number } {
  for (const s of inputs) fn(s); // warm up
  let chars = 0;
  const started = performance.now();
  while (performance.now() - started < minMs) {
    for (const s of inputs) {
      fn(s);
      chars += s.length;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { mbps: chars / MB / seconds, mb: chars / MB };
}

/** A saved page per sample: the article among navigation, scripts, a figure, an aside and a footer (~4-8 KB). */
function asPage(text: string, i: number): string {
  const [head, ...rest] = text.split(/\n+/);
  const paras = rest.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  return `<!doctype html><html><head><title>${head} | Example</title><meta property="og:site_name" content="Example">
<meta property="article:published_time" content="2012-07-2${i}T10:00:00Z"><script>var x = ${i};</script>
<style>body{font:12px serif}</style></head><body><nav>${'<a href="/s">Section</a> '.repeat(20)}</nav>
<main><article><h1>${head}</h1><figure><img src="p.jpg"><figcaption>A caption</figcaption></figure>${paras}</article>
<aside><h2>Most read</h2><ul>${'<li><a href="/x">Another story headline here</a></li>'.repeat(10)}</ul></aside></main>
<footer><p>© 2012 Example. All rights reserved.</p></footer></body></html>`;
}

/** Writes `n` synthetic articles as .txt files to a temp folder, imports them into a fresh notebook, and times it. */
async function importRun(n: number): Promise<BenchRow[]> {
  const root = await mkdtemp(join(tmpdir(), 'quire-import-bench-'));
  try {
    const src = join(root, 'corpus');
    await mkdir(src);
    const corpus = generateCorpus(n, 11);
    let bytes = 0;
    for (const a of corpus) {
      await writeFile(join(src, a.fileName), a.text);
      bytes += Buffer.byteLength(a.text);
    }
    const services = await bootNotebook({ dataDir: join(root, 'notebook') });
    const load = loadavg()[0];
    const cpu = process.cpuUsage();
    const started = performance.now();
    const report = await services.articles.importPaths([src]);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    await services.ctx.store.close();
    const cpuSeconds = (used.user + used.system) / 1e6;
    const mb = bytes / MB;
    const note = `${mb.toFixed(1)} MB; ${report.imported.length} imported, ${report.present.length} present, ${report.skipped.length} skipped; ` +
      `main-thread CPU ${cpuSeconds.toFixed(1)} s; load average ${load.toFixed(1)} on ${availableParallelism()} cores`;
    return [
      { area: 'import', metric: `importPaths ${n.toLocaleString('en')} .txt files, wall time`, value: seconds, unit: 's', target: n === 10_000 ? '<= 30 s' : undefined, pass: n === 10_000 ? seconds <= 30 : undefined, note },
      { area: 'import', metric: `importPaths ${n.toLocaleString('en')} .txt files, throughput`, value: mb / seconds, unit: 'MB/s', note: `${(mb / cpuSeconds).toFixed(2)} MB per CPU second` },
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchRow[]> {
  const synthetic = generateCorpus(1000, 5).map((a) => a.text);
  const syn = throughput(synthetic, (s) => cleanText(s, { format: 'txt' }), 3000);
  const text = throughput(samples, (s) => cleanText(s, { format: 'txt' }));
  const big = Array.from({ length: 200 }, (_, i) => samples[i % samples.length]).join('\n\n');
  const bigRun = throughput([big], (s) => cleanText(s, { format: 'txt' }), 2000);
  const md = throughput(samples.map((s) => `# Title\n\n${s}`), (s) => cleanText(s, { format: 'md' }));
  const pages = samples.map(asPage);
  const html = throughput(pages, (s) => readHtml(s, 'page.html', DEFAULT_LIMITS), 3000);
  const avgPageKb = pages.reduce((n, p) => n + p.length, 0) / pages.length / 1024;
  return [
    { area: 'import', metric: 'clean .txt throughput (5 samples, 2-6 KB each)', value: text.mbps, unit: 'MB/s' },
    { area: 'import', metric: 'clean .txt throughput (one 200-article text)', value: bigRun.mbps, unit: 'MB/s', note: `${(big.length / MB).toFixed(1)} MB input` },
    { area: 'import', metric: 'clean .md throughput (5 samples)', value: md.mbps, unit: 'MB/s' },
    { area: 'import', metric: 'clean .txt throughput (synthetic corpus, 1,000 articles)', value: syn.mbps, unit: 'MB/s', target: '>= 3 MB/s', pass: syn.mbps >= 3, note: `load average ${loadavg()[0].toFixed(1)}` },
    { area: 'import', metric: 'html import throughput (sanitise + Readability + clean)', value: html.mbps, unit: 'MB/s', note: `pages of ~${avgPageKb.toFixed(1)} KB` },
    ...(await importRun(1000)),
    ...(await importRun(10_000)),
  ];
}
