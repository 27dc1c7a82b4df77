// App-level performance at 100, 1,000 and 10,000 articles (QUIRE_BENCH_APP_SIZES to choose): each size runs in a
// child process of its own (app-notebook.ts), so its peak RSS and cold opens are that notebook's alone.

import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { measureNotebook } from './app-notebook';
import type { BenchRow } from './types';

const self = fileURLToPath(import.meta.url);
const SIZES = (process.env.QUIRE_BENCH_APP_SIZES ?? '100,1000,10000').split(',').map(Number).filter((x) => x > 0);
const MARK = 'QUIRE_APP_BENCH_ROWS ';

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of SIZES) {
    const load = loadavg()[0].toFixed(1);
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', String(n)], {
      encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = r.stdout.split('\n').find((l) => l.startsWith(MARK));
    if (r.status !== 0 || !line) {
      rows.push({ area: `app ${n}`, metric: 'FAILED', value: 0, unit: '', note: `exit ${r.status}` });
      continue;
    }
    const got = JSON.parse(line.slice(MARK.length)) as BenchRow[];
    rows.push(...got.map((x) => ({ ...x, note: `${x.note ? `${x.note}; ` : ''}load ${load}` })));
  }
  return rows;
}

const child = process.argv.indexOf('--child');
if (child > 0) {
  const n = Number(process.argv[child + 1]);
  const rows = await measureNotebook(n, n >= 1000);
  process.stdout.write(`${MARK}${JSON.stringify(rows)}\n`);
} else if (process.argv[1] === self) {
  console.table(await run());
}
