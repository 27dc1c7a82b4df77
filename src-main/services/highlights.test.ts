import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../shared/model';
import { openLowdbStore } from '../store/lowdb-store';
import { bootNotebook } from './boot';
import { createServices } from './index';

const CORPUS = resolve(__dirname, '../../corpus');

async function fresh() {
  const dataDir = await mkdtemp(join(tmpdir(), 'quire-hl-'));
  const s = await bootNotebook({ dataDir, seed: true, corpusDir: CORPUS });
  const [first] = await s.articles.list();
  const article = (await s.ctx.store.getArticle(first.id))!;
  return { s, article, dataDir };
}

/** Offsets of the first occurrence of `words` in the article (the test fails loudly if they are absent). */
function at(article: Article, words: string): { start: number; end: number } {
  const start = article.text.indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + words.length };
}

/** A sentence-sized passage of the article: its second paragraph's first 60 characters. */
function passage(article: Article): string {
  const [s, e] = article.paragraphs[1];
  return article.text.slice(s, Math.min(e, s + 60));
}

/** Writes a changed text into the article's body, as a re-clean or an edit of the stored text would. */
async function changeText(s: Awaited<ReturnType<typeof fresh>>['s'], article: Article, text: string): Promise<void> {
  const store = s.ctx.store as unknown as { bodyFile(id: string): { read(): Promise<unknown>; write(v: unknown): Promise<void> } };
  const body = (await store.bodyFile(article.id).read()) as Article;
  await store.bodyFile(article.id).write({ ...body, text });
}

describe('highlight service over a real store', () => {
  it('creates a highlight with quote and position selectors, and lists it in text order', async () => {
    const { s, article } = await fresh();
    const q = passage(article);
    const later = await s.handlers.createHighlight({ articleId: article.id, ...at(article, q), colour: 2 });
    const earlier = await s.handlers.createHighlight({ articleId: article.id, start: 0, end: 10, colour: 0, note: 'first' });
    expect(later.quote).toBe(q);
    expect(later.paragraph).toBe(2);
    expect(later.target.map((t) => t.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    const list = await s.handlers.listHighlights({ articleId: article.id });
    expect(list.map((h) => h.id)).toEqual([earlier.id, later.id]);
    expect(list.every((h) => h.anchor.state === 'ok')).toBe(true);
  });

  it('refuses ranges outside the text or of blanks only', async () => {
    const { s, article } = await fresh();
    await expect(s.handlers.createHighlight({ articleId: article.id, start: 0, end: article.text.length + 5, colour: 0 })).rejects.toThrow(/ends after/);
    const blank = article.text.indexOf('\n');
    await expect(s.handlers.createHighlight({ articleId: article.id, start: blank, end: blank + 1, colour: 0 })).rejects.toThrow(/words/);
  });

  it('re-anchors after the article text changes: moved text is found, deleted text becomes an orphan', async () => {
    const { s, article } = await fresh();
    const kept = passage(article);
    const [ds, de] = article.paragraphs[2];
    const doomed = article.text.slice(ds, de);
    const a = await s.handlers.createHighlight({ articleId: article.id, ...at(article, kept), colour: 1 });
    const b = await s.handlers.createHighlight({ articleId: article.id, start: ds, end: de, colour: 3 });
    const changed = 'An editor’s note added at the top.\n' + article.text.replace(doomed, '');
    await changeText(s, article, changed);

    const list = await s.handlers.listHighlights({ articleId: article.id });
    const moved = list.find((h) => h.id === a.id)!;
    expect(changed.slice(moved.start!, moved.end!)).toBe(kept);
    expect(moved.anchor.state).not.toBe('orphan');
    const orphan = list.find((h) => h.id === b.id)!;
    expect(orphan.anchor.state).toBe('orphan');
    expect(orphan.start).toBeNull();
    expect(orphan.quote).toBe(doomed); // shown with its quote, never misplaced
    expect(list.at(-1)!.id).toBe(b.id); // orphans after the placed ones
    // the new status is saved
    expect(s.ctx.store.data.highlights.find((h) => h.id === b.id)!.anchor.state).toBe('orphan');
  });

  it('moves highlights from an older version of an article onto a new one and re-anchors them', async () => {
    const { s, article } = await fresh();
    const [second] = (await s.articles.list()).filter((x) => x.id !== article.id);
    const h = await s.handlers.createHighlight({ articleId: second.id, start: 0, end: 12, colour: 0 });
    const r = await s.handlers.reanchorHighlights({ articleId: article.id, fromArticleId: second.id });
    expect(r.moved).toBe(1);
    const [moved] = await s.handlers.listHighlights({ articleId: article.id });
    expect(moved.id).toBe(h.id);
    expect(r.ok + r.fuzzy + r.orphan).toBe(1);
  });

  it('updates colour, note, figures and tags, and filters by them', async () => {
    const { s, article } = await fresh();
    const h = await s.handlers.createHighlight({ articleId: article.id, start: 0, end: 8, colour: 0 });
    await s.handlers.createHighlight({ articleId: article.id, start: 20, end: 30, colour: 1 });
    const u = await s.handlers.updateHighlight({ id: h.id, patch: { colour: 4, note: 'see [[Timeline]]', figureIds: ['x', 'x'], tags: ['lead'] } });
    expect(u).toMatchObject({ colour: 4, note: 'see [[Timeline]]', figureIds: ['x'], tags: ['lead'] });
    expect((await s.handlers.listHighlights({ colour: 4 })).map((x) => x.id)).toEqual([h.id]);
    expect((await s.handlers.listHighlights({ tag: 'lead' })).map((x) => x.id)).toEqual([h.id]);
    expect(await s.handlers.listHighlights({ tag: 'none' })).toEqual([]);
  });

  it('deletes to the trash and restores (undo), and survives a reopen of the store', async () => {
    const { s, article, dataDir } = await fresh();
    const h = await s.handlers.createHighlight({ articleId: article.id, start: 5, end: 25, colour: 2, note: 'keep me' });
    await s.handlers.deleteHighlight({ id: h.id });
    expect(await s.handlers.listHighlights({})).toEqual([]);
    expect(s.ctx.store.data.trash.some((t) => t.kind === 'highlight' && t.id === h.id)).toBe(true);
    await s.handlers.restoreTrashItem({ kind: 'highlight', id: h.id });
    await expect(s.handlers.restoreTrashItem({ kind: 'highlight', id: h.id })).rejects.toThrow(/trash/);
    await s.ctx.store.close();
    const again = createServices({ store: await openLowdbStore(dataDir) });
    const [back] = await again.handlers.listHighlights({});
    expect(back).toMatchObject({ id: h.id, note: 'keep me', start: 5, end: 25 });
    expect(again.ctx.store.data.trash.some((t) => t.id === h.id)).toBe(false);
  });

  it('exports an article’s highlights and notes as Markdown with citations', async () => {
    const { s, article } = await fresh();
    const q = passage(article);
    await s.handlers.createHighlight({ articleId: article.id, ...at(article, q), colour: 2, note: 'Outlets disagree here.' });
    const { fileName, markdown } = await s.handlers.exportHighlights({ articleId: article.id });
    expect(fileName).toMatch(/-highlights\.md$/);
    expect(markdown).toContain(`> ${q}`);
    expect(markdown).toContain(`## ${s.ctx.store.data.settings.colourNames[2]} (para. 2)`);
    expect(markdown).toContain('Outlets disagree here.');
  });
});

describe('notes over a real store', () => {
  it('creates, reads, edits, lists by tag, deletes and restores notes', async () => {
    const { s } = await fresh();
    const n = await s.handlers.createNote({ title: 'Timeline', body: 'July 2012', tags: ['dates'] });
    await s.handlers.createNote({ title: 'Other' });
    const u = await s.handlers.updateNote({ id: n.id, patch: { body: 'July 2012: the ambassador left', tags: ['dates', 'dates', 'iraq'] } });
    expect(u).toMatchObject({ body: 'July 2012: the ambassador left', tags: ['dates', 'iraq'] });
    expect((await s.handlers.listNotes({ tag: 'iraq' })).map((x) => x.id)).toEqual([n.id]);
    await s.handlers.deleteNote({ id: n.id });
    await expect(s.handlers.getNote({ id: n.id })).rejects.toThrow(/No note/);
    await s.handlers.restoreTrashItem({ kind: 'note', id: n.id });
    expect((await s.handlers.getNote({ id: n.id })).note.body).toBe('July 2012: the ambassador left');
  });

  it('resolves [[links]] and derives backlinks on figures, articles and notes', async () => {
    const { s, article } = await fresh();
    const [figure] = await s.figures.list();
    const timeline = await s.handlers.createNote({ title: 'Timeline' });
    const n = await s.handlers.createNote({ title: 'Leads', body: `Ask about [[${figure.name}]] in [[${article.title}]].\nSee [[Timeline]] and [[Nobody]].` });
    const h = await s.handlers.createHighlight({ articleId: article.id, start: 0, end: 12, colour: 0, figureIds: [figure.id] });
    const detail = await s.handlers.getNote({ id: n.id });
    expect(detail.links.map((l) => `${l.kind}:${l.id}`)).toEqual([`figure:${figure.id}`, `article:${article.id}`, `note:${timeline.id}`]);
    expect((await s.handlers.getNote({ id: timeline.id })).backlinks.map((b) => b.id)).toEqual([n.id]);
    const onFigure = await s.handlers.backlinks({ kind: 'figure', id: figure.id });
    expect(onFigure.notes.map((x) => x.id)).toEqual([n.id]);
    expect(onFigure.highlights.map((x) => x.id)).toEqual([h.id]);
    const onArticle = await s.handlers.backlinks({ kind: 'article', id: article.id });
    expect(onArticle.notes.map((x) => x.id)).toEqual([n.id]);
    const targets = await s.handlers.linkTargets({});
    expect(targets.notes.map((x) => x.title).sort()).toEqual(['Leads', 'Timeline']);
  }, 120_000); // the first figure analysis of the sample corpus
});

describe('re-importing a changed article', () => {
  it('replaces the old version, moves its highlights and re-anchors them (or orphans them, visibly)', async () => {
    const { mkdtemp, writeFile, readFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join, resolve } = await import('node:path');
    const { bootNotebook } = await import('./boot');
    const dir = await mkdtemp(join(tmpdir(), 'quire-reimport-'));
    const src = await mkdtemp(join(tmpdir(), 'quire-reimport-src-'));
    const original = await readFile(resolve(__dirname, '../../corpus/004_70af7e54198c2116.txt'), 'utf8');
    const file = join(src, 'story.txt');
    await writeFile(file, original);
    const s = await bootNotebook({ dataDir: dir });
    const first = await s.articles.importPaths([file]);
    const oldId = first.imported[0].id;
    const article = await s.articles.get(oldId);
    const kept = article.text.indexOf('Fawaz Gerges');
    const gone = article.text.indexOf('Mohamed Sermini');
    const h1 = await s.highlights.create({ articleId: oldId, start: kept, end: kept + 'Fawaz Gerges'.length, colour: 0 });
    const h2 = await s.highlights.create({ articleId: oldId, start: gone, end: gone + 'Mohamed Sermini, a member of the Syrian National Council'.length, colour: 1 });
    // the outlet edits the story: a paragraph inserted at the top, the Sermini paragraph dropped
    const edited = original
      .replace('Syria\'s ambassador to Iraq has defected', 'UPDATED: Syria\'s ambassador to Iraq has defected')
      .split('\n')
      .filter((line) => !line.startsWith('Mohamed Sermini'))
      .join('\n');
    await writeFile(file, `An editor's note was added at the top of this story.\n${edited}`);
    const second = await s.articles.importPaths([file]);
    expect(second.replaced).toEqual([{ id: second.imported[0].id, oldId, file }]);
    const newId = second.imported[0].id;
    expect((await s.articles.list()).map((a) => a.id)).toEqual([newId]);
    const views = await s.highlights.list({ articleId: newId });
    const byId = new Map(views.map((v) => [v.id, v]));
    const moved = await s.articles.get(newId);
    const v1 = byId.get(h1.id)!;
    expect(v1.anchor.state).not.toBe('orphan');
    expect(moved.text.slice(v1.start!, v1.end!)).toBe('Fawaz Gerges');
    expect(byId.get(h2.id)!.anchor.state).toBe('orphan');
  });
});
