// Contract of the highlights feature: its methods' zod input schemas and output types (merged into api.ts).

import { z } from 'zod';
import type { Highlight, Note } from '../model';
import { Id } from './schemas';

/** A highlight as views get it: where it lands now (null when orphaned), the words it was made on, its paragraph. */
export interface HighlightView extends Highlight {
  quote: string;
  start: number | null;
  end: number | null;
  paragraph: number | null; // 1-based
  articleTitle: string; // '' when the article is gone
}

export interface NoteLink {
  kind: 'figure' | 'article' | 'note';
  id: string;
  name: string;
}

export interface NoteDetail {
  note: Note;
  links: NoteLink[]; // what its [[links]] resolve to
  backlinks: { id: string; title: string; excerpt: string }[]; // notes that link to it
}

export interface BacklinksView {
  notes: { id: string; title: string; excerpt: string }[];
  highlights: HighlightView[];
}

export interface LinkTargetsView {
  figures: { id: string; name: string; aliases: string[] }[];
  articles: { id: string; title: string }[];
  notes: { id: string; title: string }[];
}

const Colour = z.number().int().min(0).max(4);
const Tags = z.array(z.string().trim().min(1).max(60)).max(50);
const Markdown = z.string().max(200_000);
const Offset = z.number().int().nonnegative();

const HighlightPatch = z
  .object({ colour: Colour, note: Markdown, figureIds: z.array(Id).max(100), tags: Tags })
  .partial()
  .strict();

const NotePatch = z
  .object({ title: z.string().trim().min(1).max(300), body: Markdown, tags: Tags })
  .partial()
  .strict();

export const highlightInputs = {
  listHighlights: z
    .object({ articleId: Id.optional(), colour: Colour.optional(), tag: z.string().max(60).optional(), figureId: Id.optional() })
    .strict(),
  createHighlight: z
    .object({ articleId: Id, start: Offset, end: Offset, colour: Colour, note: Markdown.optional(), figureIds: z.array(Id).max(100).optional(), tags: Tags.optional() })
    .strict()
    .refine((h) => h.end > h.start, { message: 'a highlight needs at least one character' }),
  updateHighlight: z.object({ id: Id, patch: HighlightPatch }).strict(),
  deleteHighlight: z.object({ id: Id }).strict(),
  /** Re-anchors an article's highlights on its current text; with fromArticleId, first moves that article's onto it. */
  reanchorHighlights: z.object({ articleId: Id, fromArticleId: Id.optional() }).strict(),
  exportHighlights: z.object({ articleId: Id }).strict(),
  listNotes: z.object({ tag: z.string().max(60).optional() }).strict(),
  getNote: z.object({ id: Id }).strict(),
  createNote: z.object({ title: z.string().trim().min(1).max(300), body: Markdown.optional(), tags: Tags.optional() }).strict(),
  updateNote: z.object({ id: Id, patch: NotePatch }).strict(),
  deleteNote: z.object({ id: Id }).strict(),
  backlinks: z.object({ kind: z.enum(['figure', 'article', 'note']), id: Id }).strict(),
  linkTargets: z.object({}).strict(),
} as const;

export interface HighlightOutputs {
  listHighlights: HighlightView[];
  createHighlight: HighlightView;
  updateHighlight: HighlightView;
  deleteHighlight: { deleted: string };
  reanchorHighlights: { ok: number; fuzzy: number; orphan: number; moved: number };
  exportHighlights: { fileName: string; markdown: string };
  listNotes: Note[];
  getNote: NoteDetail;
  createNote: Note;
  updateNote: Note;
  deleteNote: { deleted: string };
  backlinks: BacklinksView;
  linkTargets: LinkTargetsView;
}
