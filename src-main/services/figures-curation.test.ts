// Curation decisions are stored and re-applied: they survive a re-import of the articles and a reopen.

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootNotebook } from './boot';

const CORPUS = resolve(__dirname, '../../corpus');

describe('figure curation', () => {
  it('rename, merge, not-a-person and add survive deleting and re-importing every article, and a reopen', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'quire-curation-'));
    const s = await bootNotebook({ dataDir, seed: true, corpusDir: CORPUS });
    const find = async (name: string) => {
      const list = await s.figures.list();
      return list.find((f) => f.name === name) ?? list.find((f) => f.aliases.includes(name));
    };
    const carney = (await find('Jay Carney'))!;
    const assad = (await find('Assad'))!; // the bare surname of article 004: low confidence, kept apart
    const bashar = (await find('Bashar al-Assad'))!;
    const pannell = (await find('Ian Pannell'))!;
    expect(assad.confidence).toBe('low');
    await s.figures.decide({ kind: 'rename', figureKey: carney.id, name: 'James Carney' });
    await s.figures.decide({ kind: 'merge', a: bashar.id, b: assad.id, verdict: 'yes' });
    await s.figures.decide({ kind: 'not-a-person', figureKey: pannell.id });
    await s.figures.decide({ kind: 'add', name: 'Foreign Office', aliases: [] });

    for (const a of await s.articles.list()) await s.articles.delete(a.id);
    expect(await s.figures.list()).toEqual(expect.not.arrayContaining([expect.objectContaining({ name: 'James Carney' })]));
    await s.articles.importPaths([CORPUS]);

    const again = await bootNotebook({ dataDir, seed: false, corpusDir: CORPUS });
    const list = await again.figures.list();
    const names = list.map((f) => f.name);
    expect(names).toContain('James Carney');
    expect(names).not.toContain('Jay Carney');
    expect(names).not.toContain('Ian Pannell');
    expect(list.some((f) => f.id === assad.id)).toBe(false);
    const merged = list.find((f) => f.name === 'Bashar al-Assad')!;
    expect(merged.articles.length).toBeGreaterThan(bashar.articles.length);
    const added = list.find((f) => f.name === 'Foreign Office');
    expect(added?.origin).toBe('manual');
    expect(added?.mentions).toBeGreaterThan(0);
  });
});
