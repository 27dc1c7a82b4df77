import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputs } from '../shared/contract/api';
import type { Highlight } from '../shared/model';
import { openLowdbStore } from '../store/lowdb-store';
import { article, note, tempDir } from '../store/test-fixtures';
import { createTrashFeature } from './trash';

function highlight(id: string, articleId: string): Highlight {
  return {
    id, articleId, colour: 1, note: '', figureIds: [], tags: [], anchor: { state: 'ok' }, created: '', updated: '',
    target: [{ type: 'TextQuoteSelector', exact: 'Body', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 4 }],
  };
}

async function notebook() {
  const dir = await tempDir();
  const store = await openLowdbStore(dir);
  await store.addArticles([article('a1'), article('a2')]);
  await store.update((d) => {
    d.notes.push(note('n1'));
    d.highlights.push(highlight('h1', 'a2'));
  });
  // Deletes the way the features do them: the item leaves its list and enters the trash.
  await store.deleteArticle('a1');
  await store.update((d) => {
    d.trash.push({ kind: 'note', id: 'n1', title: 'Note n1', deletedAt: '2026-03-01T10:00:00Z', item: d.notes.pop() });
    d.trash.push({ kind: 'highlight', id: 'h1', title: 'Body', deletedAt: '2026-03-01T11:00:00Z', item: d.highlights.pop() });
  });
  return { dir, store, trash: createTrashFeature({ store }) };
}

describe('trash', () => {
  it('lists deleted articles, notes and highlights, newest first', async () => {
    const { trash } = await notebook();
    const list = await trash.handlers.listTrash({});
    expect(list.map((t) => `${t.kind}:${t.id}`)).toEqual(['article:a1', 'highlight:h1', 'note:n1']);
    expect(list[0]).toEqual({ kind: 'article', id: 'a1', title: 'Title a1', deletedAt: expect.any(String) });
  });

  it('restores each kind where it was, and says so', async () => {
    const { store, trash, dir } = await notebook();
    expect(await trash.handlers.restoreTrashItem({ id: 'a1' })).toEqual({ restored: 'a1', kind: 'article' });
    expect(await trash.handlers.restoreTrashItem({ id: 'n1', kind: 'note' })).toEqual({ restored: 'n1', kind: 'note' });
    expect(await trash.handlers.restoreTrashItem({ id: 'h1' })).toEqual({ restored: 'h1', kind: 'highlight' });
    expect(store.data.trash).toEqual([]);
    expect(store.listArticles().map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    expect((await store.getArticle('a1'))?.text).toBe('Body of a1.');
    expect(store.data.notes.map((n) => n.id)).toEqual(['n1']);
    expect(store.data.highlights.map((h) => h.id)).toEqual(['h1']);
    await store.close();
    const again = await openLowdbStore(dir, { readOnly: true });
    expect(again.data.notes.map((n) => n.id)).toEqual(['n1']);
    await expect(trash.handlers.restoreTrashItem({ id: 'zzz' })).rejects.toThrow(/Nothing in the trash with id zzz/);
  });

  it('empties the trash for good, deleting the bodies nothing else lists', async () => {
    const { store, trash, dir } = await notebook();
    expect(await trash.handlers.emptyTrash({ ids: ['n1'] })).toEqual({ removed: 1, bodiesDeleted: 0 });
    expect((await trash.handlers.listTrash({})).map((t) => t.id)).toEqual(['a1', 'h1']);
    // a3 comes and goes within the hour, so no backup lists it; a backup does list a1, so its body must stay.
    await store.addArticles([article('a3')]);
    await store.deleteArticle('a3');
    const result = await trash.handlers.emptyTrash({});
    expect(result.removed).toBe(3);
    expect(store.data.trash).toEqual([]);
    expect(result.bodiesDeleted).toBe(1);
    expect((await readdir(join(dir, 'articles'))).sort()).toEqual(['a1.json', 'a2.json']);
  });

  it('validates its inputs', () => {
    expect(inputs.restoreTrashItem.safeParse({ id: 'x', kind: 'figure' }).success).toBe(false);
    expect(inputs.emptyTrash.safeParse({ ids: [] }).success).toBe(false);
    expect(inputs.emptyTrash.safeParse({}).success).toBe(true);
    expect(inputs.listTrash.safeParse({ extra: 1 }).success).toBe(false);
  });
});
