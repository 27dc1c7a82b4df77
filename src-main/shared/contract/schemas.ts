// zod schemas for the shapes that cross the API boundary (inputs are parsed; outputs are typed by the model).

import { z } from 'zod';

export const Id = z.string().min(1).max(200);
export const SpanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const ImportReportSchema = z.object({
  imported: z.array(z.object({ id: z.string(), title: z.string(), file: z.string() })),
  present: z.array(z.object({ id: z.string(), title: z.string(), file: z.string() })),
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
  /** Re-imported files whose content changed: the new version replaced the old (moved to the trash), highlights moved. */
  replaced: z.array(z.object({ id: z.string(), oldId: z.string(), file: z.string() })).optional(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const ArticlePatchSchema = z
  .object({
    title: z.string().trim().min(1).max(500),
    outlet: z.string().trim().max(200).nullable(),
    byline: z.string().trim().max(300).nullable(),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'published must be YYYY-MM-DD').nullable(),
    url: z.string().url().max(2000).nullable(),
    tags: z.array(z.string().trim().min(1).max(60)).max(50),
  })
  .partial();

export const UploadedFileSchema = z.object({
  name: z.string().min(1).max(500),
  /** file content: text, or base64 when `base64` is true (binary formats such as PDF and EPUB) */
  content: z.string().max(30 * 1024 * 1024),
  base64: z.boolean().optional(),
});

/** The input of a method that takes none. */
export const empty = z.object({}).strict();
