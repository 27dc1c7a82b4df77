// zod schemas of the two store files, checked on every open: a file that parses as JSON but has the wrong shape
// is as damaged as a truncated one. Loose on purpose: unknown fields pass (features add fields), shapes must hold.

import { z } from 'zod';
import type { LibraryData, NotebookData } from './types';

const SafeId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/);
const Version = z.number().int().nonnegative();
const Span = z.tuple([z.number(), z.number()]);

const ArticleMeta = z.looseObject({
  id: SafeId,
  title: z.string(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  tags: z.array(z.string()),
  words: z.number(),
  fileName: z.string(),
  format: z.enum(['txt', 'md', 'html', 'pdf', 'epub']),
});

export const LibrarySchema = z.looseObject({
  schemaVersion: Version,
  articles: z.array(ArticleMeta),
});

const Highlight = z.looseObject({
  id: z.string().min(1),
  articleId: z.string(),
  target: z.array(z.looseObject({ type: z.string() })),
  colour: z.number(),
  note: z.string(),
});

const Note = z.looseObject({ id: z.string().min(1), title: z.string(), body: z.string() });
const Decision = z.looseObject({ id: z.string().min(1), kind: z.string() });
const TrashItem = z.looseObject({
  kind: z.enum(['article', 'highlight', 'note']),
  id: z.string().min(1),
  title: z.string(),
  deletedAt: z.string(),
});

export const NotebookSchema = z.looseObject({
  schemaVersion: Version,
  highlights: z.array(Highlight).default([]),
  notes: z.array(Note).default([]),
  decisions: z.array(Decision).default([]),
  settings: z.looseObject({}).optional(),
  trash: z.array(TrashItem).default([]),
});

export const ArticleBodySchema = z.looseObject({ id: SafeId, text: z.string(), paragraphs: z.array(Span) });

export type FileKind = 'library' | 'notebook';

/** The file's schema version when it declares one (checked before the shape: a newer Quire may change shapes). */
export function declaredVersion(raw: unknown): number | undefined {
  const v = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

/** Checks a parsed store file; returns the data (defaults filled in) or a one-line reason. */
export function checkStoreFile(kind: FileKind, raw: unknown): { ok: true; data: LibraryData | NotebookData } | { ok: false; reason: string } {
  const parsed = (kind === 'library' ? LibrarySchema : NotebookSchema).safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data as unknown as LibraryData | NotebookData };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { ok: false, reason: `not a Quire ${kind} (${where}${issue?.message ?? 'wrong shape'})` };
}
