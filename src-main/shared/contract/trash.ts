// Contract of the trash: deleted articles, highlights and notes wait here until restored or the trash is emptied.

import { z } from 'zod';
import { empty, Id } from './schemas';

export const TrashKind = z.enum(['article', 'highlight', 'note']);
export type TrashKind = z.infer<typeof TrashKind>;

/** One deleted item as the Trash view lists it (newest first). */
export interface TrashEntry {
  kind: TrashKind;
  id: string;
  title: string;
  deletedAt: string;
}

export const trashInputs = {
  listTrash: empty,
  /** Any kind; `kind` only tells apart an article and a note that share an id. */
  restoreTrashItem: z.object({ id: Id, kind: TrashKind.optional() }).strict(),
  /** Deletes for good: the listed items, or everything when `ids` is absent. */
  emptyTrash: z.object({ ids: z.array(Id).min(1).max(10_000).optional() }).strict(),
} as const;

export interface TrashOutputs {
  listTrash: TrashEntry[];
  restoreTrashItem: { restored: string; kind: TrashKind };
  emptyTrash: { removed: number; bodiesDeleted: number };
}
