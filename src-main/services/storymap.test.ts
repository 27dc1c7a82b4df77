import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bootNotebook } from './boot';
import type { Services } from './index';

const CORPUS = resolve(__dirname, '../../corpus');

async function seeded() {
  const dataDir = await mkdtemp(join(tmpdir(), 'quire-storymap-'));
  return bootNotebook({ dataDir, seed: true, corpusDir: CORPUS });
}

// Seeding and the first figure analysis take seconds on a busy machine: read-only tests share one notebook.
let shared: Services;
beforeAll(async () => {
  shared = await seeded();
  await shared.storyMap.network();
}, 180_000);

describe('story map service over a real store', { timeout: 120_000 }, () => {
  it('builds the sample network: figures as nodes, passages that quote the article text', async () => {
    const s = shared;
    const net = await s.storyMap.network();
    const fares = (await s.figures.find('Nawaf Fares'))!;
    expect(net.nodes.some((n) => n.id === fares.id && n.kind === 'diplomat')).toBe(true);
    const edge = net.edges.find((e) => e.a === fares.id || e.b === fares.id)!;
    expect(edge.weight).toBeGreaterThan(0);
    const other = edge.a === fares.id ? edge.b : edge.a;
    const passages = await s.storyMap.edgePassages(fares.id, other);
    expect(passages.length).toBe(edge.passages.length);
    for (const p of passages) {
      const article = (await s.ctx.store.getArticle(p.articleId))!;
      expect(article.text.slice(p.start, p.end)).toBe(p.text);
      expect(p.href).toBe(`#/article/${p.articleId}?at=${p.start}-${p.end}`);
      expect(p.title).toBe(article.title);
    }
  });

  it('counts the two wire copies once: an edge weighs what its heavier copy gives, not the sum', async () => {
    const s = shared;
    const list = await s.articles.list();
    const [x, y] = [list.find((a) => a.copies.length)!.id, list.find((a) => a.copies.length)!.copies[0]];
    const all = await s.storyMap.network();
    const others = list.map((a) => a.id).filter((id) => id !== x && id !== y);
    const withX = await s.storyMap.network({ articleIds: [...others, x] });
    const withY = await s.storyMap.network({ articleIds: [...others, y] });
    const weight = (n: typeof all, e: { a: string; b: string }) => n.edges.find((f) => f.a === e.a && f.b === e.b)?.weight ?? 0;
    let inBoth = 0;
    for (const e of all.edges) {
      expect(e.weight).toBe(Math.max(weight(withX, e), weight(withY, e)));
      if (weight(withX, e) > 0 && weight(withY, e) > 0 && e.passages.some((p) => p.alsoIn.length)) inBoth++;
    }
    expect(inBoth).toBeGreaterThan(0); // some ties are in both copies, and still count once
    expect(all.stories).toBe(4);
    expect(all.articles).toBe(5);
  });

  it('filters by outlet and minimum weight', async () => {
    const s = shared;
    const { outlets } = await s.storyMap.facets();
    const all = await s.storyMap.network();
    if (outlets.length) {
      const one = await s.storyMap.network({ outlets: [outlets[0].outlet] });
      expect(one.articles).toBe(outlets[0].articles);
    }
    const heavy = await s.storyMap.network({ minWeight: 3 });
    expect(heavy.edges.length).toBeLessThan(all.edges.length);
    expect(heavy.edges.every((e) => e.weight >= 3)).toBe(true);
  });

  it('dates the sample events in 2012 against an inferred reference, with figures and citations', async () => {
    const s = shared;
    const events = await s.storyMap.timeline();
    expect(events.length).toBeGreaterThan(5);
    const fares = (await s.figures.find('Nawaf Fares'))!;
    const his = await s.storyMap.timeline({ figure: 'Nawaf Fares' });
    expect(his.length).toBeGreaterThan(0);
    expect(his.every((e) => e.figureIds.includes(fares.id))).toBe(true);
    expect(his.some((e) => e.date.startsWith('2012-'))).toBe(true);
    for (const e of events) {
      const article = (await s.ctx.store.getArticle(e.articleId))!;
      expect(article.text.slice(e.sentence[0], e.sentence[1])).toBe(e.text);
      if (e.relative) expect(e.reference?.kind).not.toBe('published'); // the sample articles carry no date
      expect(e.date <= e.end).toBe(true);
    }
  });

  it('uses the publication date once the user sets it', async () => {
    const s = await seeded();
    const target = (await s.articles.list()).find((a) => a.title.startsWith('UK government'))!;
    await s.articles.update(target.id, { published: '2012-07-31' });
    const events = (await s.storyMap.timeline()).filter((e) => e.articleId === target.id && e.relative);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.reference?.kind === 'published' && e.reference.date === '2012-07-31')).toBe(true);
    expect(events.find((e) => e.expression.text === 'Last week')).toMatchObject({ date: '2012-07-23', end: '2012-07-29' });
  });

  it('stores corrections and dismissals in the notebook, and they survive a reopen', async () => {
    const s = await seeded();
    const [first] = await s.storyMap.timeline();
    expect(await s.storyMap.editEvent({ eventKey: first.key, date: '2012-07-11' })).toMatchObject({ date: '2012-07-11', dismissed: false });
    const [second] = (await s.storyMap.timeline()).filter((e) => e.key !== first.key);
    await s.storyMap.editEvent({ eventKey: second.key, dismissed: true });
    const again = await bootNotebook({ dataDir: s.ctx.store.dataDir, corpusDir: CORPUS });
    const after = await again.storyMap.timeline();
    expect(after.find((e) => e.key === first.key)).toMatchObject({ date: '2012-07-11', edited: true });
    expect(after.some((e) => e.key === second.key)).toBe(false);
    expect((await again.storyMap.timeline({ includeDismissed: true })).some((e) => e.key === second.key)).toBe(true);
    await again.storyMap.editEvent({ eventKey: first.key, date: null });
    expect((await again.storyMap.timeline()).find((e) => e.key === first.key)?.edited).toBe(false);
    await expect(again.storyMap.editEvent({ eventKey: 'nope:1-2', dismissed: true })).rejects.toThrow(/No timeline event/);
  });

  it('opens a notebook written before timeline edits existed', async () => {
    const s = await seeded();
    const file = join(s.ctx.store.dataDir, 'notebook.json');
    const raw: Record<string, unknown> = { ...s.ctx.store.data };
    delete raw.timelineEdits;
    await s.ctx.store.close();
    await writeFile(file, JSON.stringify(raw));
    expect(JSON.parse(await readFile(file, 'utf8'))).not.toHaveProperty('timelineEdits');
    const reopened = await bootNotebook({ dataDir: s.ctx.store.dataDir, corpusDir: CORPUS });
    expect((await reopened.storyMap.timeline()).length).toBeGreaterThan(0);
  });

  it('puts the neighbourhood and the timeline in the dossier, as script-free SVG', async () => {
    const s = shared;
    const doc = await s.dossiers.build('Nawaf Fares');
    expect(doc.storyMap?.neighbourhood?.neighbours.length).toBeGreaterThan(0);
    expect(doc.storyMap?.events.length).toBeGreaterThan(0);
    for (const e of doc.storyMap!.events) for (const n of e.cites) expect(doc.citations[n - 1]).toBeDefined();
    const html = await s.handlers.dossierHtml({ figure: 'Nawaf Fares' });
    expect(html.html).toContain('<svg');
    expect(html.html).not.toMatch(/<script/i);
    expect(html.html).toContain('id="story-map"');
  });
});
