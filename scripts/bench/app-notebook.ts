// One app-level benchmark run at one corpus size, in a process of its own (so peak RSS is this notebook's):
// import, open, figures analysis, dossier, highlight save, PDF export, and the CLI as whole processes.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootNotebook } from '../../src-main/services/boot';
import type { Services } from '../../src-main/services/index';
import { importers } from '../../src-main/services/articles';
import { figuresCore } from '../../src-main/services/figures';
import { findChromium } from '../../src-main/services/pdf/find-chromium';
import { generateCorpus } from './synthetic-corpus';
import { measureSession } from './session-notebook';
import { measureUi } from './ui-notebook';
import type { BenchRow } from './types';
import { readUsage, writeUsageHook } from './usage-hook';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(root, 'out', 'main', 'cli.js');
/** QUIRE_BENCH_APP_SKIP=pdf,search,ui,session: leave out the slowest parts when re-running after a change elsewhere. */
const SKIP = new Set((process.env.QUIRE_BENCH_APP_SKIP ?? '').split(',').filter(Boolean));

export interface Timed<T> { value: T; wallMs: number; cpuMs: number }

/** Wall and CPU time (this process, user + system) of one call. */
export async function timed<T>(f: () => T | Promise<T>): Promise<Timed<T>> {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = await f();
  const wallMs = performance.now() - t;
  const u = process.cpuUsage(c);
  return { value, wallMs, cpuMs: (u.user + u.system) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const r1 = (x: number) => Math.round(x * 10) / 10;

/** Runs the CLI three times; median wall time, and the child's own CPU time and peak RSS read back from a hook. */
function cliRuns(args: string[], hook: string, times = 3): { wallMs: number; cpuMs: number; rssMb: number; ok: boolean; error?: string } {
  const runs: { wallMs: number; cpuMs: number; rssMb: number }[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--require', hook, CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const wallMs = performance.now() - t;
    if (r.status !== 0) return { wallMs, cpuMs: 0, rssMb: 0, ok: false, error: r.stderr.split('\n').find((l) => l.trim() && !l.includes('QUIRE_BENCH_USAGE')) };
    const usage = readUsage(r.stderr) ?? { cpuMs: 0, rssMb: 0 };
    runs.push({ wallMs, ...usage });
  }
  const mid = runs.find((x) => x.wallMs === median(runs.map((y) => y.wallMs)))!;
  return { ...mid, ok: true };
}

async function close(s: Services): Promise<void> {
  await s.dossiers.close();
  await s.ctx.store.close();
}

/** The whole run at `n` articles; `full` false measures only import, open and highlight save (the small notebook). */
export async function measureNotebook(n: number, full: boolean): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const area = `app ${n.toLocaleString('en')}`;
  const row = (metric: string, t: { wallMs: number; cpuMs: number }, target?: { text: string; limitMs: number }, extra = '') =>
    rows.push({
      area, metric, value: r1(t.wallMs), unit: 'ms', target: target?.text,
      pass: target ? t.wallMs <= target.limitMs : undefined, note: `cpu ${r1(t.cpuMs)} ms${extra ? `; ${extra}` : ''}`,
    });

  const tmp = mkdtempSync(join(tmpdir(), `quire-app-bench-${n}-`));
  try {
    const corpusDir = join(tmp, 'corpus');
    const dataDir = join(tmp, 'notebook');
    mkdirSync(corpusDir);
    let bytes = 0;
    for (const a of generateCorpus(n, 1)) {
      writeFileSync(join(corpusDir, a.fileName), a.text);
      bytes += Buffer.byteLength(a.text);
    }
    const mb = bytes / 1e6;

    // Modules loaded first and timed apart: under tsx their cost is mostly transpiling, not what the built app pays.
    const modules = await timed(async () => {
      await importers();
      await figuresCore();
    });
    row('module load: importers + figures core (tsx)', modules);

    // Import through the service, on a real store.
    let s = await bootNotebook({ dataDir });
    const imp = await timed(() => s.articles.importPaths([corpusDir]));
    const importTarget = n >= 10_000 ? { text: '<= 30000 ms at 10k', limitMs: 30_000 } : undefined;
    row('import (importPaths)', imp, importTarget, `${imp.value.imported.length} articles, ${mb.toFixed(1)} MB`);
    rows.push({ area, metric: 'import throughput', value: r1(mb / (imp.wallMs / 1000)), unit: 'MB/s', note: `CPU-bound rate ${r1(mb / (imp.cpuMs / 1000))} MB/s` });
    const first = await timed(() => s.handlers.listArticles({}));
    row('first listArticles after import (near-copy fingerprints computed)', first);
    await close(s);

    // Open an existing notebook: boot + the library list (what the app does first).
    const open = await timed(async () => {
      s = await bootNotebook({ dataDir });
      return s.handlers.listArticles({});
    });
    row('open notebook (boot + listArticles)', open, { text: '<= 1000 ms', limitMs: 1000 }, `${open.value.length} listed`);

    // Highlight save latency: median of 15 createHighlight calls through the handlers.
    const ids = s.ctx.store.listArticles().map((a) => a.id);
    const metas = s.ctx.store.listArticles().map((a) => ({ id: a.id, title: a.title }));
    const saves: Timed<unknown>[] = [];
    for (let i = 0; i < 16; i++) {
      const articleId = ids[(i * 7919) % ids.length];
      saves.push(await timed(() => s.handlers.createHighlight({ articleId, start: 0, end: 20, colour: i % 5 })));
    }
    saves.shift(); // the first one loads the highlights feature's modules
    const mid = saves.find((x) => x.wallMs === median(saves.map((y) => y.wallMs)))!;
    row('highlight save (createHighlight, median of 15)', mid, { text: '<= 10 ms, flat in n', limitMs: 10 }, `max ${r1(Math.max(...saves.map((x) => x.wallMs)))} ms`);

    if (full) {
      const analysis = await timed(() => s.figures.analysis());
      const a = analysis.value.analysis;
      row('figures analysis, first (extract + resolve)', analysis, undefined, `${a.figures.length} figures, ${a.mentions.length} mentions`);
      await close(s);
      const reopened = await timed(async () => {
        s = await bootNotebook({ dataDir });
        return s.figures.analysis();
      });
      row('figures analysis on reopen (cache)', reopened, { text: '<= 1000 ms', limitMs: 1000 });

      const list = await s.figures.list();
      const top = [...list].sort((x, y) => y.mentions - x.mentions)[0];
      await s.articles.list(); // the app has listed the library by now; copies are warm
      const about = `${top.name}: ${top.mentions} mentions in ${top.articles.length} articles`;
      const cold = await timed(() => s.dossiers.build(top.id));
      row('dossier build, first (no story-map shapes on disk yet)', cold, undefined, about);
      const dossier = await timed(() => s.dossiers.build(top.id));
      row('dossier build, most-mentioned figure (warm)', dossier, { text: '<= 100 ms', limitMs: 100 }, about);

      if (SKIP.has('pdf')) {
        rows.push({ area, metric: 'dossier PDF export', value: 0, unit: 'ms', note: 'skipped (QUIRE_BENCH_APP_SKIP)' });
      } else if (findChromium()) {
        const pdf = await timed(() => s.dossiers.exportBytes(top.id, 'pdf'));
        row('dossier PDF export (build + HTML + Chromium launch + print)', pdf, undefined, `${r1(pdf.value.bytes.length / 1e6)} MB PDF`);
      } else {
        rows.push({ area, metric: 'dossier PDF export', value: 0, unit: 'ms', note: 'skipped: no Chromium found' });
      }
    }
    await close(s);
    const rssMb = process.resourceUsage().maxRSS / 1024;
    // not the app: the sources under tsx (its transpiler loads in every worker too), two notebooks opened in turn
    rows.push({ area, metric: 'peak RSS of the bench process (sources under tsx; import, analysis, dossier in one process)', value: r1(rssMb), unit: 'MB', note: 'not an app process: the rows below measure the built app' });

    // The CLI as whole processes (built bundle), median of 3.
    const hook = writeUsageHook(tmp);
    const cliTarget = { text: '<= 1500 ms', limitMs: 1500 };
    const cliRow = (metric: string, args: string[]) => {
      const r = cliRuns(['--data', dataDir, ...args], hook);
      if (!r.ok) rows.push({ area, metric, value: 0, unit: 'ms', note: `failed: ${r.error}` });
      else row(metric, r, cliTarget, `child peak RSS ${r1(r.rssMb)} MB`);
    };
    cliRow('quire list --json (process, median of 3)', ['list', '--json']);

    // The built app's own heavy paths as whole processes (the rows above run the sources under tsx, whose
    // transpiler also loads in every worker thread): import and the first figures analysis, with their peak RSS.
    if (full) {
      const fresh = join(tmp, 'notebook-cli');
      const once = (metric: string, args: string[], target?: { text: string; limitMs: number }) => {
        const r = cliRuns(['--data', fresh, ...args], hook, 1);
        if (!r.ok) return rows.push({ area, metric, value: 0, unit: 'ms', note: `failed: ${r.error}` });
        row(metric, r, target, `process peak RSS ${r1(r.rssMb)} MB (target <= 600 MB: ${r.rssMb <= 600 ? 'met' : 'not met'})`);
      };
      once('quire import (process, built bundle, worker threads)', ['import', corpusDir], importTarget);
      once('quire figures (process: first analysis, extract + resolve)', ['figures', '--json']);
      once('quire figures (process: analysis read back)', ['figures', '--json']);
    }
    const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout;
    const hasSearch = /^\s+search\b/m.test(help);
    if (SKIP.has('search')) rows.push({ area, metric: 'quire search', value: 0, unit: 'ms', note: 'skipped (QUIRE_BENCH_APP_SKIP)' });
    else if (hasSearch) cliRow('quire search --json (process, median of 3)', ['search', 'ambassador', '--json']);
    else rows.push({ area, metric: 'quire search', value: 0, unit: 'ms', note: 'skipped: the CLI has no search command yet' });

    // The UI in Chromium against web mode, last: the search index exists by now, as it would in a notebook in use.
    if (!full || SKIP.has('ui')) rows.push({ area, metric: 'UI', value: 0, unit: 'ms', note: full ? 'skipped (QUIRE_BENCH_APP_SKIP)' : 'measured at 1,000 articles and up' });
    else {
      rows.push(...(await measureUi(root, dataDir, area, metas).catch((err: Error) =>
        [{ area, metric: 'UI FAILED', value: 0, unit: '', note: err.message.split('\n')[0] }])));
    }
    // The main process over a whole session on a new notebook (web mode: upload, figures, dossier, search).
    if (!full || SKIP.has('session')) rows.push({ area, metric: 'session', value: 0, unit: 'ms', note: full ? 'skipped (QUIRE_BENCH_APP_SKIP)' : 'measured at 1,000 articles and up' });
    else {
      rows.push(...(await measureSession(CLI, join(tmp, 'notebook-session'), corpusDir, area).catch((err: Error) =>
        [{ area, metric: 'session FAILED', value: 0, unit: '', note: err.message.split('\n')[0] }])));
    }
    return rows;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
