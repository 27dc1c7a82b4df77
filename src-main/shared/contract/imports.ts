// Contract of import jobs: start an import, poll its progress, append more uploaded files, cancel (merged into api.ts).
//
// A job runs in the main process and is polled by the page: `importStatus` is cheap, so a progress bar can ask
// a few times a second. Uploads (web mode, drag and drop) come in batches: `startImport` with the first batch and
// `more: true`, then `appendImport` for each further batch, the last one with `more: false`. Paths (desktop, CLI)
// go through `startImportPaths`, which web mode refuses like every method that names files on this machine.

import { z } from 'zod';
import { type ImportReport, UploadedFileSchema } from './schemas';

const JobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const Uploads = z.array(UploadedFileSchema).max(500);

export const importInputs = {
  startImport: z.object({ files: Uploads, more: z.boolean().optional() }).strict(),
  appendImport: z.object({ jobId: JobId, files: Uploads, more: z.boolean().optional() }).strict(),
  startImportPaths: z.object({ paths: z.array(z.string().min(1)).min(1).max(10_000) }).strict(),
  importStatus: z.object({ jobId: JobId }).strict(),
  cancelImport: z.object({ jobId: JobId }).strict(),
} as const;

export interface ImportStatus {
  jobId: string;
  done: number; // files finished (imported, already present, or skipped)
  total: number; // files known so far (more may still be uploading)
  current: string | null; // name of the file being read
  cancelled: boolean;
  finished: boolean;
  /** Set when the job has finished (also after a cancel: what was imported until then). */
  report?: ImportReport;
  /** Set when the job stopped on an error (disk full, say); what was imported before it is in `report`. */
  error?: string;
}

export interface ImportOutputs {
  startImport: { jobId: string };
  appendImport: { jobId: string };
  startImportPaths: { jobId: string };
  importStatus: ImportStatus;
  cancelImport: ImportStatus;
}

/** Import methods that take paths on this machine: refused in web mode. */
export const importLocalOnly = ['startImportPaths'] as const;
