import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootNotebook } from './boot';

const CORPUS = resolve(__dirname, '../../corpus');

async function fresh(seed = false) {
  const dataDir = await mkdtemp(join(tmpdir(), 'quire-svc-'));
  return bootNotebook({ dataDir, seed, corpusDir: CORPUS });
}

describe('article service over a real store', () => {
  it('seeds a fresh desktop/web notebook with the sample corpus, once', async () => {
    const s = await fresh(true);
    expect(await s.articles.list()).toHaveLength(5);
    const again = await bootNotebook({ dataDir: s.ctx.store.dataDir, seed: true, corpusDir: CORPUS });
    expect(await again.articles.list()).toHaveLength(5);
  });

  it('imports idempotently: the same content again is reported as present', async () => {
    const s = await fresh();
    const first = await s.articles.importPaths([CORPUS]);
    expect(first.imported).toHaveLength(5);
    const second = await s.articles.importPaths([CORPUS]);
    expect(second.imported).toHaveLength(0);
    expect(second.present).toHaveLength(5);
    expect(await s.articles.list()).toHaveLength(5);
  });

  it('skips bad files with a reason, imports the rest, and leaves the notebook as it was', async () => {
    const s = await fresh();
    await s.articles.importPaths([join(CORPUS, '000_2b20a5a588fdd823.txt')]);
    const before = await readFile(join(s.ctx.store.dataDir, 'library.json'), 'utf8');
    const dir = await mkdtemp(join(tmpdir(), 'quire-bad-'));
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 0, 7]));
    await writeFile(join(dir, 'good.md'), '# A headline about Jane Doe\n\nJane Doe, a lawyer, said the case was closed.\n');
    const report = await s.articles.importPaths([dir, join(dir, 'missing.txt')]);
    expect(report.imported.map((e) => e.title)).toEqual(['A headline about Jane Doe']);
    const reasons = Object.fromEntries(report.skipped.map((e) => [e.file.split('/').pop(), e.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['binary.txt', 'empty.txt', 'missing.txt']);
    for (const r of Object.values(reasons)) expect(r).not.toMatch(/\n/);
    expect(await readFile(join(s.ctx.store.dataDir, 'library.json'), 'utf8')).not.toBe(before); // one article added
    expect(await s.articles.list()).toHaveLength(2);
  });

  it('flags the two wire copies in the sample and only them', async () => {
    const s = await fresh(true);
    const list = await s.articles.list();
    const withCopies = list.filter((a) => a.copies.length).map((a) => a.fileName).sort();
    expect(withCopies).toEqual(['002_605359099c9e65cd.txt', '004_70af7e54198c2116.txt']);
  });

  it('edits metadata and deletes to the trash', async () => {
    const s = await fresh(true);
    const [a] = await s.articles.list();
    const edited = await s.articles.update(a.id, { title: 'Renamed', published: '2012-07-23', tags: ['london'] });
    expect(edited).toMatchObject({ title: 'Renamed', published: '2012-07-23', tags: ['london'] });
    await s.articles.delete(a.id);
    expect((await s.articles.list()).some((x) => x.id === a.id)).toBe(false);
    expect(s.ctx.store.data.trash.map((t) => t.id)).toContain(a.id);
  });
});
