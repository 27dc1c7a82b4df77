// Dossier builds through the service on a real notebook of n synthetic articles (issue #10: the most-mentioned figure
// at 10,000 articles, <= 100 ms warm): first build with no story-map shapes on disk, first build after a reopen
// (shapes cached), warm builds, and the build after a highlight edit. Importing and analysing the notebook takes
// minutes at 10,000: QUIRE_BENCH_DOSSIER_DIR keeps it in that folder, and a later run reuses it.

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootNotebook } from '../../src-main/services/boot';
import type { Services } from '../../src-main/services/index';
import { timed, type Timed } from './app-notebook';
import { generateCorpus } from './synthetic-corpus';
import type { BenchRow } from './types';

const SHAPES_CACHE = 'storymap-shapes.json';
const r1 = (x: number) => Math.round(x * 10) / 10;

/** A notebook of `n` articles with its figure analysis cached: made in `dir` unless one is there already. */
async function prepare(dir: string, n: number): Promise<string> {
  const dataDir = join(dir, 'notebook');
  if (existsSync(join(dir, 'ready'))) return dataDir;
  const corpusDir = join(dir, 'corpus');
  mkdirSync(corpusDir, { recursive: true });
  for (const a of generateCorpus(n, 1)) writeFileSync(join(corpusDir, a.fileName), a.text);
  const s = await bootNotebook({ dataDir });
  await s.articles.importPaths([corpusDir]);
  await s.articles.list(); // near-copy fingerprints
  await s.figures.analysis();
  await s.ctx.store.close();
  writeFileSync(join(dir, 'ready'), '');
  return dataDir;
}

/** Boots the notebook the way the app opens it: figure analysis read back, library listed (copies warm). */
async function open(dataDir: string) {
  const s = await bootNotebook({ dataDir });
  await s.figures.analysis();
  await s.articles.list();
  const top = [...(await s.figures.list())].sort((x, y) => y.mentions - x.mentions)[0];
  return { s, top };
}

async function close(s: Services): Promise<void> {
  await s.dossiers.close();
  await s.ctx.store.close();
}

export async function measureDossierNotebook(n: number, keepDir = process.env.QUIRE_BENCH_DOSSIER_DIR): Promise<BenchRow[]> {
  const dir = keepDir ? join(keepDir, String(n)) : mkdtempSync(join(tmpdir(), `quire-dossier-bench-${n}-`));
  mkdirSync(dir, { recursive: true });
  const area = `dossier ${n.toLocaleString('en')}`;
  const rows: BenchRow[] = [];
  const row = (metric: string, t: Timed<unknown>, note: string, target?: { text: string; limitMs: number }) =>
    rows.push({ area, metric, value: r1(t.wallMs), unit: 'ms', target: target?.text, pass: target ? t.wallMs <= target.limitMs : undefined, note: `cpu ${r1(t.cpuMs)} ms; ${note}; load ${loadavg()[0].toFixed(1)}` });
  try {
    const dataDir = await prepare(dir, n);
    rmSync(join(dataDir, 'cache', SHAPES_CACHE), { force: true });

    let { s, top } = await open(dataDir);
    const about = `${top.name}: ${top.mentions} mentions in ${top.articles.length} articles`;
    row('build, first (no story-map shapes on disk yet)', await timed(() => s.dossiers.build(top.id)), about);
    const warm: Timed<unknown>[] = [];
    for (let i = 0; i < 5; i++) warm.push(await timed(() => s.dossiers.build(top.id)));
    const mid = [...warm].sort((a, b) => a.wallMs - b.wallMs)[2];
    row('build, warm (median of 5)', mid, `max ${r1(Math.max(...warm.map((w) => w.wallMs)))} ms; ${about}`, { text: '<= 100 ms', limitMs: 100 });

    const [m] = await s.figures.mentionsOf(top.id);
    const h = await s.highlights.create({ articleId: m.articleId, start: m.start, end: m.end, colour: 0, figureIds: [top.id] });
    const edited = await timed(() => s.dossiers.build(top.id));
    if (!edited.value.highlights.some((x) => x.id === h.id)) throw new Error('the new highlight is missing from the dossier');
    row('build after a highlight edit', edited, 'the new highlight shown', { text: '<= 100 ms', limitMs: 100 });
    await s.highlights.delete(h.id);
    await close(s);

    ({ s, top } = await open(dataDir));
    row('build, first after reopening (shapes on disk)', await timed(() => s.dossiers.build(top.id)), about);
    await close(s);
  } finally {
    if (!keepDir) rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
