// Store durability costs: a confirmed small change (temp + fsync + rename + fsync dir), opening a notebook with its
// schema checks, recovering a damaged notebook.json from a backup, and an hourly backup; with the load average noted.

import { loadavg } from 'node:os';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Highlight, Note } from '../../src-main/shared/model';
import { createBackup } from '../../src-main/store/backups';
import { openLowdbStore } from '../../src-main/store/lowdb-store';
import type { BenchRow } from './types';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function note(i: number): Note {
  return { id: `n${i}`, title: `Note ${i}`, body: 'A paragraph of notes about the story. '.repeat(8), tags: ['t'], created: '', updated: '' };
}

function highlight(i: number): Highlight {
  return {
    id: `h${i}`, articleId: `a${i % 500}`, colour: i % 5, note: 'why this matters', figureIds: [], tags: [], anchor: { state: 'ok' },
    created: '', updated: '',
    target: [{ type: 'TextQuoteSelector', exact: 'the ambassador said he had defected', prefix: 'In Baghdad, ', suffix: ' on Wednesday' }, { type: 'TextPositionSelector', start: i, end: i + 35 }],
  };
}

/** A notebook with `highlights` highlights and a tenth as many notes. */
async function notebookOf(highlights: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'quire-bench-store-'));
  const s = await openLowdbStore(dir);
  await s.update((d) => {
    for (let i = 0; i < highlights; i++) d.highlights.push(highlight(i));
    for (let i = 0; i < highlights / 10; i++) d.notes.push(note(i));
  });
  await s.close();
  return dir;
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const load = loadavg()[0].toFixed(1);
  for (const size of [1_000, 10_000]) {
    const dir = await notebookOf(size);
    const bytes = (await readFile(join(dir, 'notebook.json'))).length;
    const s = await openLowdbStore(dir);
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      await s.update((d) => d.notes.push(note(100_000 + i)));
      times.push(performance.now() - t);
    }
    await s.close();
    rows.push({ area: 'store', metric: `confirmed change, ${size} highlights (${(bytes / 1e6).toFixed(1)} MB notebook)`, value: median(times), unit: 'ms', note: `median of 15, load ${load}` });

    const opens: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await (await openLowdbStore(dir, { readOnly: true })).close();
      opens.push(performance.now() - t);
    }
    rows.push({ area: 'store', metric: `open with schema checks, ${size} highlights`, value: median(opens), unit: 'ms', note: `median of 3, load ${load}` });

    let t = performance.now();
    await createBackup(dir, 'hourly', new Date());
    rows.push({ area: 'store', metric: `backup of both files, ${size} highlights`, value: performance.now() - t, unit: 'ms', note: `load ${load}` });

    await writeFile(join(dir, 'notebook.json'), '{"schemaVersion":1,"highlights":[');
    t = performance.now();
    const recovered = await openLowdbStore(dir);
    rows.push({
      area: 'store', metric: `open + recover damaged notebook.json from backup, ${size} highlights`, value: performance.now() - t, unit: 'ms',
      note: recovered.messages.length === 1 && recovered.data.highlights.length === size ? `load ${load}` : 'RECOVERY FAILED',
    });
    await recovered.close();
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
