// The trash: list what was deleted (articles, highlights, notes), bring an item back (also the undo of a delete), or delete for good.
// Emptying also deletes article bodies no longer listed anywhere (library, trash, or a backup that may be restored).

import type { TrashEntry, TrashKind, trashInputs } from '../shared/contract/trash';
import type { HandlersOf } from '../shared/contract/api';
import type { Highlight, Note } from '../shared/model';
import { UserError } from '../shared/result';
import type { ServiceContext } from './context';

export class TrashService {
  constructor(private readonly ctx: ServiceContext) {}

  list(): TrashEntry[] {
    return this.ctx.store.data.trash
      .map(({ kind, id, title, deletedAt }) => ({ kind, id, title, deletedAt }))
      .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  async restore(id: string, kind?: TrashKind): Promise<{ restored: string; kind: TrashKind }> {
    const { store } = this.ctx;
    const matches = store.data.trash.filter((t) => t.id === id && (!kind || t.kind === kind));
    if (matches.length === 0) throw new UserError(`Nothing in the trash with id ${id}`, 404);
    if (matches.length > 1 && new Set(matches.map((m) => m.kind)).size > 1) {
      throw new UserError(`Several kinds of item in the trash have id ${id}: say which kind to restore`);
    }
    const found = matches[matches.length - 1];
    if (found.kind === 'article') {
      if (!(await store.restoreArticle(id))) throw new UserError(`Nothing in the trash with id ${id}`, 404);
      return { restored: id, kind: 'article' };
    }
    await store.update((d) => {
      d.trash = d.trash.filter((t) => !(t.kind === found.kind && t.id === id));
      if (found.kind === 'highlight' && !d.highlights.some((h) => h.id === id)) d.highlights.push(found.item as Highlight);
      if (found.kind === 'note' && !d.notes.some((n) => n.id === id)) d.notes.push(found.item as Note);
    });
    return { restored: id, kind: found.kind };
  }

  async empty(ids?: string[]): Promise<{ removed: number; bodiesDeleted: number }> {
    const { store } = this.ctx;
    const wanted = ids ? new Set(ids) : null;
    const before = store.data.trash.length;
    await store.update((d) => {
      d.trash = wanted ? d.trash.filter((t) => !wanted.has(t.id)) : [];
    });
    const removed = before - store.data.trash.length;
    const bodiesDeleted = await store.sweepArticleBodies();
    return { removed, bodiesDeleted };
  }
}

export function createTrashFeature(ctx: ServiceContext): { service: TrashService; handlers: HandlersOf<typeof trashInputs> } {
  const service = new TrashService(ctx);
  return {
    service,
    handlers: {
      listTrash: async () => service.list(),
      restoreTrashItem: ({ id, kind }) => service.restore(id, kind),
      emptyTrash: ({ ids }) => service.empty(ids),
    },
  };
}
