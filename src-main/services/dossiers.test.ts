import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDossier, type DossierArticle, type DossierDoc } from '../core/dossier';
import { neighbourhood } from '../core/network';
import { bootNotebook } from './boot';
import type { Services } from './index';

const CORPUS = resolve(__dirname, '../../corpus');

async function seeded(): Promise<Services> {
  const dataDir = await mkdtemp(join(tmpdir(), 'quire-dossiers-'));
  return bootNotebook({ dataDir, seed: true, corpusDir: CORPUS });
}

/** The dossier as it was built before caching: every input read afresh, the story map from the whole network and timeline. */
async function fromScratch(s: Services, figureId: string): Promise<DossierDoc> {
  const memo = await s.figures.analysis();
  const figure = (await s.figures.find(figureId))!;
  const articles: DossierArticle[] = [];
  for (const id of new Set((memo.byFigure.get(figure.id) ?? []).map((m) => m.articleId))) {
    const a = (await s.ctx.store.getArticle(id))!;
    articles.push({ id: a.id, title: a.title, outlet: a.outlet, published: a.published, text: a.text, paragraphs: a.paragraphs, source: { fileName: a.source.fileName } });
  }
  const ids = new Set(articles.map((a) => a.id));
  return buildDossier({
    figure,
    figures: memo.analysis.figures,
    mentions: memo.analysis.mentions.filter((m) => ids.has(m.articleId)),
    articles,
    copies: await s.copies.copiesById(),
    highlights: s.ctx.store.data.highlights,
    notes: s.ctx.store.data.notes,
    exportedAt: '',
    storyMap: { neighbourhood: neighbourhood(await s.storyMap.network(), figure.id, 12), events: await s.storyMap.events({ figureId: figure.id }) },
  });
}

const built = async (s: Services, figure: string) => ({ ...(await s.dossiers.build(figure)), exportedAt: '' });

// Seeding and the first figure analysis take seconds on a busy machine.
let s: Services;
beforeAll(async () => {
  s = await seeded();
}, 180_000);

describe('dossier builds over a real store', { timeout: 120_000 }, () => {
  it('gives every figure the dossier a build from scratch gives', async () => {
    for (const f of await s.figures.list()) expect(await built(s, f.id)).toEqual(await fromScratch(s, f.id));
  });

  it('reads no article again when nothing changed', async () => {
    const first = await built(s, 'Nawaf Fares');
    const reads = vi.spyOn(s.ctx.store, 'getArticle');
    try {
      expect(await built(s, 'Nawaf Fares')).toEqual(first);
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
  });

  it('shows each user edit in the next build', async () => {
    const t = await seeded();
    const fares = (await t.figures.find('Nawaf Fares'))!;
    const same = async () => expect(await built(t, fares.id)).toEqual(await fromScratch(t, fares.id));
    const before = await built(t, fares.id);
    expect(before.highlights).toEqual([]);
    expect(before.notes).toEqual([]);

    // a highlight tied to the figure, then its note changed
    const [m] = await t.figures.mentionsOf(fares.id);
    const h = await t.highlights.create({ articleId: m.articleId, start: m.start, end: m.end + 10, colour: 1, figureIds: [fares.id] });
    expect((await built(t, fares.id)).highlights.map((x) => x.id)).toEqual([h.id]);
    await t.highlights.update(h.id, { note: 'Check **this**.' });
    expect((await built(t, fares.id)).highlights[0].note).toBe('Check **this**.');
    await same();

    // a note linking the figure, then unlinked
    const n = await t.handlers.createNote({ title: 'Who', body: `Ask about [[${fares.name}]].` });
    expect((await built(t, fares.id)).notes.map((x) => x.id)).toEqual([n.id]);
    await t.handlers.updateNote({ id: n.id, patch: { body: 'Nobody.' } });
    expect((await built(t, fares.id)).notes).toEqual([]);

    // a timeline event dismissed
    const [event] = (await built(t, fares.id)).storyMap!.events;
    const key = (await t.storyMap.events({ figureId: fares.id }))[0].key;
    await t.storyMap.editEvent({ eventKey: key, dismissed: true });
    expect((await built(t, fares.id)).storyMap!.events[0]).not.toEqual(event);
    await same();

    // an article's title and date edited
    await t.articles.update(m.articleId, { title: 'A new title', published: '2012-07-24' });
    const dated = await built(t, fares.id);
    expect(dated.sources.find((x) => x.articleId === m.articleId)).toMatchObject({ title: 'A new title', published: '2012-07-24' });
    await same();

    // a curation decision: the figure renamed
    await t.figures.decide({ kind: 'rename', figureKey: fares.id, name: 'Nawaf al-Fares (ambassador)' });
    const renamed = (await t.figures.find('Nawaf al-Fares (ambassador)'))!;
    expect((await built(t, renamed.id)).figure.name).toBe('Nawaf al-Fares (ambassador)');
    expect(await built(t, renamed.id)).toEqual(await fromScratch(t, renamed.id));
  });
});
