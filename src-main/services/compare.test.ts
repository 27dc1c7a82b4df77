import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bootNotebook } from './boot';
import type { Services } from './index';

const CORPUS = resolve(__dirname, '../../corpus');
let s: Services;
let ids: Record<string, string>; // file-name prefix ("002") -> article id

beforeAll(async () => {
  s = await bootNotebook({ dataDir: await mkdtemp(join(tmpdir(), 'quire-compare-')), seed: true, corpusDir: CORPUS });
  ids = Object.fromEntries((await s.articles.list()).map((a) => [a.fileName.slice(0, 3), a.id]));
  await s.figures.analysis(); // loads the figures core's lexicons once (slow on a loaded machine)
}, 180_000);

describe('compare service over a real store', () => {
  it('aligns the two Al Jazeera reports: flagged as copies, mostly the same, the Deir Ezzor spelling a variant', async () => {
    const r = await s.compare.compareArticles(ids['002'], ids['004']);
    expect(r.copies).toBe(true);
    expect(r.similarity).toBeGreaterThan(0.5);
    expect(r.similarity).toBeLessThan(1);
    const kinds = new Set(r.passages.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['only-a', 'only-b', 'same', 'variant']);
    const deir = r.passages.find((p) => p.a && r.a.text.slice(...p.a).includes('Deir Ezzor'))!;
    expect(deir.kind).toBe('variant');
    expect(r.b.text.slice(...deir.b!)).toContain('Deir al-Zor');
    const changed = deir.diff!.filter((d) => d.kind !== 'same').map((d) => (d.a ? r.a.text.slice(...d.a) : r.b.text.slice(...d.b!)));
    expect(changed).toEqual(['Ezzor', 'al-Zor']);
    // every offset is into the returned texts, and each side's passages cover its sentences in order
    const aSpans = r.passages.filter((p) => p.a).map((p) => p.a!);
    for (let k = 1; k < aSpans.length; k++) expect(aSpans[k][0]).toBeGreaterThanOrEqual(aSpans[k - 1][1]);
    for (const p of r.passages) {
      if (p.a) expect(p.a[0] < p.a[1] && p.a[1] <= r.a.text.length).toBe(true);
      if (p.b) expect(p.b[0] < p.b[1] && p.b[1] <= r.b.text.length).toBe(true);
    }
  });

  it('finds articles by unique id prefix and says which id is unknown', async () => {
    const r = await s.compare.compareArticles(ids['002'].slice(0, 10), ids['000'].slice(0, 10));
    expect(r.a.id).toBe(ids['002']);
    expect(r.copies).toBe(false);
    expect(r.similarity).toBeLessThan(0.3);
    await expect(s.compare.compareArticles('no-such-article', ids['000'])).rejects.toThrow(/No article with id no-such-article/);
  });

  it('answers through the contract handler with the input parsed', async () => {
    const r = await s.handlers.compareArticles({ a: ids['004'], b: ids['002'] });
    expect(r.a.title).not.toBe(r.b.title);
    expect(r.passages.some((p) => p.kind === 'variant')).toBe(true);
  });

  it("lines up what each source says about Nawaf Fares, counting the wire copies once", async () => {
    const r = await s.compare.figureAcrossSources('Nawaf Fares');
    expect(r.figure.name).toBe('Nawaf Fares');
    const mentioned = (await s.figures.mentionsOf(r.figure.id)).map((m) => m.articleId);
    const articleCount = new Set(mentioned).size;
    expect(r.sources).toHaveLength(articleCount - 1); // 002 and 004 are one source
    const wire = r.sources.find((src) => src.articles.length === 2)!;
    expect(wire.articles.map((a) => a.id).sort()).toEqual([ids['002'], ids['004']].sort());
    for (const row of r.rows) {
      expect(row.cells).toHaveLength(r.sources.length);
      expect(row.cells.some((c) => c)).toBe(true);
      for (const c of row.cells) if (c) for (const [x, y] of c.marks) expect(0 <= x && x < y && y <= c.text.length).toBe(true);
    }
    // the wire copies' shared sentences appear once for their source, though 004 spells Deir al-Zor its own way
    const wireIndex = r.sources.indexOf(wire);
    const deir = r.rows.map((row) => row.cells[wireIndex]).filter((c) => c && /Deir (Ezzor|al-Zor)/.test(c.text));
    expect(deir).toHaveLength(1);
    // a role one outlet gives with a word the others do not ("former") has that word marked
    const roles = r.sources.flatMap((src) => src.roles);
    const former = roles.find((x) => /^former ambassador/i.test(x.text))!;
    expect(former.marks.map(([x, y]) => former.text.slice(x, y))).toEqual(['former']);
    const syria = roles.filter((x) => x.text === "Syria's ambassador to Iraq");
    expect(syria.length).toBeGreaterThan(1); // two outlets give it word for word
    for (const x of syria) expect(x.elsewhere).toBe(true);
    // each claim is a sentence of its article that names him
    for (const row of r.rows) for (const c of row.cells) if (c) expect(mentioned).toContain(c.articleId);
  });

  it('refuses an unknown figure', async () => {
    await expect(s.compare.figureAcrossSources('Nobody At All')).rejects.toThrow(/No figure/);
  });
});
