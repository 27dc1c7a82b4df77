// npm run bench: runs every scripts/bench/*.bench.ts (or those named on the command line), prints a table and
// writes the rows as JSON to artifacts/bench.json. Numbers are reported here, never asserted in the test suite.

import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchModule, BenchRow } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  const started = performance.now();
  process.stdout.write(`running ${file}…\n`);
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
    rows.push(...(await mod.run()));
  } catch (err) {
    rows.push({ area: file.replace('.bench.ts', ''), metric: 'FAILED', value: 0, unit: '', note: (err as Error).message });
  }
  process.stdout.write(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));
const table = rows.map((r) => ({
  area: r.area,
  metric: r.metric,
  value: `${fmt(r.value)} ${r.unit}`.trim(),
  target: r.target ?? '',
  ok: r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
  note: r.note ?? '',
}));
const cols = ['area', 'metric', 'value', 'target', 'ok', 'note'] as const;
const widths = cols.map((c) => Math.max(c.length, ...table.map((t) => t[c].length)));
const line = (vals: string[]) => `| ${vals.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
console.log(line([...cols]));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const t of table) console.log(line(cols.map((c) => t[c])));

const out = join(here, '../../artifacts/bench.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ machine: { node: process.version, cpus: availableParallelism(), loadavg: loadavg() }, rows }, null, 2));
console.log(`\nJSON: ${out}`);
