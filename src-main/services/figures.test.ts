import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootNotebook } from './boot';
import { FigureService } from './figures';
import type { Services } from './index';

const CORPUS = resolve(__dirname, '../../corpus');
const base = (s: Services) => ({ ctx: s.ctx, copies: s.copies, articles: s.articles, settings: s.settings });

describe('figures service: extraction in workers, caches on reopen', () => {
  it('analyses the same in worker threads and in this thread; a reopened notebook reads the cached analysis', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'quire-figures-'));
    let s = await bootNotebook({ dataDir, seed: true, corpusDir: CORPUS });
    const inWorkers = await new FigureService(base(s), { threads: 2 }).analysis();
    const inThread = await new FigureService(base(s), { threads: 0 }).analysis();
    expect(inWorkers.analysis).toEqual(inThread.analysis);
    const fares = inWorkers.analysis.figures.find((f) => f.aliases.includes('Nawaf al-Fares') || f.name === 'Nawaf al-Fares');
    expect(fares).toBeDefined();
    await s.ctx.store.close();

    // Without the extraction shards, only the cached analysis can give the same answer.
    const cache = join(dataDir, 'cache');
    for (const f of await readdir(cache)) if (f.startsWith('figure-people-') || f.startsWith('figure-candidates-')) await rm(join(cache, f));
    s = await bootNotebook({ dataDir });
    const reopened = new FigureService(base(s), { threads: 0 });
    expect((await reopened.analysis()).analysis).toEqual(inWorkers.analysis);
    expect((await readdir(cache)).some((f) => f.startsWith('figure-people-'))).toBe(false);

    // A decision changes the inputs: extracted again (shards rewritten) and resolved with it.
    await s.ctx.store.update((d) => void d.decisions.push({ id: 'd1', at: '2026-01-01T00:00:00.000Z', kind: 'rename', figureKey: fares!.id, name: 'Ambassador Fares' }));
    const after = await reopened.analysis();
    expect(after.analysis.figures.find((f) => f.id === fares!.id)?.name).toBe('Ambassador Fares');
    expect((await readdir(cache)).some((f) => f.startsWith('figure-people-'))).toBe(true);
    await s.ctx.store.close();
  }, 300_000);
});
