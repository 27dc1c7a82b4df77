import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { bootNotebook } from './boot';
import type { Services } from './index';
import { SEARCH_CACHE } from './search';

const CORPUS = resolve(__dirname, '../../corpus');
vi.setConfig({ testTimeout: 120_000 }); // the first search loads the figures core's name lexicons

async function fresh(): Promise<Services> {
  const dataDir = await mkdtemp(join(tmpdir(), 'quire-search-'));
  return bootNotebook({ dataDir, seed: true, corpusDir: CORPUS });
}

const cacheFile = (s: Services) => join(s.ctx.store.dataDir, 'cache', `${SEARCH_CACHE}.json`);

/** Marked words of a hit's snippet, lower-cased. */
const marked = (h: { snippet: string; marks: [number, number][] }) => h.marks.map(([a, b]) => h.snippet.slice(a, b).toLowerCase());

describe('search service over a real store', () => {
  it('lands a misspelt half-remembered phrase on a passage that says it', async () => {
    const s = await fresh();
    const hits = await s.search.search('nawaf farres resignation');
    expect(hits.some((h) => h.kind === 'figure' && /fares/i.test(h.title))).toBe(true); // the person, to jump to
    const top = hits.find((h) => h.kind === 'article')!;
    expect(marked(top).some((w) => w.includes('fares'))).toBe(true);
    const article = (await s.ctx.store.getArticle(top.articleId!))!;
    expect(top.start).toBeTypeOf('number');
    const passage = article.text.slice(top.start, top.end);
    expect(passage.toLowerCase()).toContain('fares');
    expect(passage.toLowerCase()).toContain('resignation');
    const typo = await s.search.search('defectoin ambasador');
    expect(typo.length).toBeGreaterThan(0);
    expect(typo.flatMap(marked).some((w) => w.startsWith('defect'))).toBe(true);
    expect(typo.flatMap(marked).some((w) => w.startsWith('ambassador'))).toBe(true);
  });

  it('finds figures by name and filters by kind, outlet and figure', async () => {
    const s = await fresh();
    const figures = await s.search.search('ayoubi', { filters: { kinds: ['figure'] } });
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((h) => h.kind === 'figure')).toBe(true);
    const ayoubi = (await s.figures.list()).find((f) => /ayoubi/i.test(f.name))!;
    const all = await s.search.search('syria', { filters: { kinds: ['article'] } });
    const withAyoubi = await s.search.search('syria', { filters: { kinds: ['article'], figureId: ayoubi.id } });
    expect(withAyoubi.length).toBeGreaterThan(0);
    expect(withAyoubi.length).toBeLessThan(all.length);
    expect(withAyoubi.map((h) => h.id).sort()).toEqual(all.map((h) => h.id).filter((id) => ayoubi.articles.includes(id)).sort());
    const outlet = (await s.articles.list()).map((a) => a.outlet).find(Boolean);
    if (outlet) {
      const byOutlet = await s.search.search('syria', { filters: { outlet } });
      expect(byOutlet.length).toBeGreaterThan(0);
      for (const h of byOutlet) expect(s.ctx.store.getMeta(h.articleId!)?.outlet).toBe(outlet);
    }
  });

  it('indexes highlights and notes, with colour and tag filters', async () => {
    const s = await fresh();
    const [first] = await s.articles.list();
    const article = (await s.ctx.store.getArticle(first.id))!;
    const start = article.text.indexOf('conscience');
    await s.highlights.create({ articleId: article.id, start, end: start + 'conscience'.length, colour: 3, note: 'motive zephyrine', tags: ['motive'] });
    await s.handlers.createNote({ title: 'Open questions', body: 'Who paid for the zephyrine flights?', tags: ['todo'] });
    const hits = await s.search.search('zephyrine');
    expect(hits.map((h) => h.kind).sort()).toEqual(['highlight', 'note']);
    const hl = hits.find((h) => h.kind === 'highlight')!;
    expect([hl.start, hl.end]).toEqual([start, start + 'conscience'.length]);
    expect((await s.search.search('zephyrine', { filters: { colour: 3 } })).map((h) => h.kind)).toEqual(['highlight']);
    expect((await s.search.search('zephyrine', { filters: { colour: 1 } }))).toEqual([]);
    expect((await s.search.search('zephyrine', { filters: { tag: 'todo' } })).map((h) => h.kind)).toEqual(['note']);
  });

  it('saves the index and reuses it after reopening, re-indexing nothing', async () => {
    const s = await fresh();
    const before = await s.search.search('defection');
    expect(s.search.origin).toBe('built');
    await s.search.flush();
    expect(existsSync(cacheFile(s))).toBe(true);
    await s.ctx.store.close();
    const again = await bootNotebook({ dataDir: s.ctx.store.dataDir, corpusDir: CORPUS });
    expect(await again.search.search('defection')).toEqual(before);
    expect(again.search.origin).toBe('loaded');
    expect(again.search.lastSync).toEqual({ loaded: true, added: 0, removed: 0 });
  });

  it('updates incrementally after an import, a note edit and a deletion', async () => {
    const s = await fresh();
    await s.search.search('defection');
    await s.search.flush();
    await s.ctx.store.close();
    const t = await bootNotebook({ dataDir: s.ctx.store.dataDir, corpusDir: CORPUS });

    const dir = await mkdtemp(join(tmpdir(), 'quire-search-import-'));
    await writeFile(join(dir, 'new.md'), '# Envoy leaves Oslo\n\nThe quarrelsome envoy Halvard Brekkestad left Oslo on Friday.\n');
    const report = await t.articles.importPaths([dir]);
    const [hit] = await t.search.search('brekkestad', { filters: { kinds: ['article'] } });
    expect(hit.id).toBe(report.imported[0].id);
    expect(t.search.origin).toBe('loaded'); // updated in place, not rebuilt
    expect(t.search.lastSync.added).toBeGreaterThanOrEqual(1);
    expect(t.search.lastSync.added).toBeLessThan(5); // the new article (and figures it changed), not the corpus again

    const note = await t.handlers.createNote({ title: 'Leads', body: 'call the quarrelsome envoy' });
    expect((await t.search.search('quarrelsome')).map((h) => h.kind).sort()).toEqual(['article', 'note']);
    await t.handlers.updateNote({ id: note.id, patch: { body: 'call the embassy in Oslo' } });
    expect((await t.search.search('quarrelsome')).map((h) => h.kind)).toEqual(['article']);
    expect(t.search.lastSync).toMatchObject({ added: 1, removed: 0 }); // the note alone, replaced
    expect((await t.search.search('embassy oslo', { filters: { kinds: ['note'] } })).map((h) => h.id)).toEqual([note.id]);

    await t.articles.delete(hit.id);
    expect(await t.search.search('brekkestad')).toEqual([]);
    await t.search.flush();
    await t.ctx.store.close();
    const u = await bootNotebook({ dataDir: s.ctx.store.dataDir, corpusDir: CORPUS });
    expect((await u.search.search('embassy oslo'))[0].id).toBe(note.id);
    expect(u.search.lastSync).toEqual({ loaded: true, added: 0, removed: 0 });
    expect(await u.search.search('brekkestad')).toEqual([]);
  });

  it('reflects an article metadata edit and suggests completions', async () => {
    const s = await fresh();
    const [a] = await s.articles.list();
    await s.search.search('x');
    await s.articles.update(a.id, { title: 'Quixotic headline', tags: ['wire'] });
    const hits = await s.search.search('quixotic');
    expect(hits.map((h) => h.id)).toEqual([a.id]);
    expect(s.search.lastSync.added).toBe(1);
    expect((await s.search.search('quixotic', { filters: { tag: 'wire' } })).length).toBe(1);
    expect(await s.search.suggest('defec')).toContain('defection');
  });

  it('saves the index it built from a read-only open (the CLI), so the next one loads it', async () => {
    const s = await fresh();
    await s.ctx.store.close();
    const ro = await bootNotebook({ dataDir: s.ctx.store.dataDir, readOnly: true });
    const hits = await ro.search.search('ayoubi');
    expect(hits.length).toBeGreaterThan(0);
    await ro.search.flush();
    expect(existsSync(cacheFile(s))).toBe(true);
    const again = await bootNotebook({ dataDir: s.ctx.store.dataDir, readOnly: true });
    expect(await again.search.search('ayoubi')).toEqual(hits);
    expect(again.search.origin).toBe('loaded');
    expect(again.search.lastSync).toEqual({ loaded: true, added: 0, removed: 0 });
    expect(await again.search.search('"his conscience"')).toEqual(await ro.search.search('"his conscience"'));
  });

  it('indexes an article whose body could not be read once it can be', async () => {
    const s = await fresh();
    const articles = await s.articles.list();
    const a = articles[articles.length - 1];
    const body = join(s.ctx.store.dataDir, 'articles', `${a.id}.json`);
    await rename(body, `${body}.away`);
    const words = s.ctx.store.getMeta(a.id)!.title.split(/\s+/).slice(0, 3).join(' ');
    expect((await s.search.search(words, { limit: 200 })).map((h) => h.id)).not.toContain(a.id);
    expect(s.search.lastSync.added).toBeGreaterThan(articles.length - 1); // the others (and figures, notes)
    await rename(`${body}.away`, body);
    expect((await s.search.search(words, { limit: 200 })).map((h) => h.id)).toContain(a.id);
    expect(s.search.lastSync.added).toBe(1);
  });

  it('rebuilds when the saved index is damaged', async () => {
    const s = await fresh();
    await s.search.search('defection');
    await s.search.flush();
    await s.ctx.store.close();
    const saved = JSON.parse(await readFile(cacheFile(s), 'utf8')) as { index: { mini: { postings: string[] } } };
    saved.index.mini.postings = saved.index.mini.postings.map(() => 'not packed');
    await writeFile(cacheFile(s), JSON.stringify(saved));
    const ro = await bootNotebook({ dataDir: s.ctx.store.dataDir, readOnly: true });
    expect((await ro.search.search('defection')).length).toBeGreaterThan(0); // answered as saved: the query finds the damage
    expect(ro.search.origin).toBe('built');
    const t = await bootNotebook({ dataDir: s.ctx.store.dataDir, corpusDir: CORPUS });
    await t.handlers.createNote({ title: 'Leads', body: 'a quarrelsome envoy' }); // a change: the saved index is loaded whole
    expect((await t.search.search('quarrelsome')).map((h) => h.kind)).toEqual(['note']);
    expect((await t.search.search('defection')).length).toBeGreaterThan(0);
    expect(t.search.origin).toBe('built');
  });
});
