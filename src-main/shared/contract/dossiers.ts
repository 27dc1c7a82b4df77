// Contract of the dossiers feature: a figure's dossier as a structured document, and exports of it.

import { z } from 'zod';
import type { DossierDoc } from '../../core/dossier/types';
import { Id } from './schemas';

export const DossierFormatSchema = z.enum(['pdf', 'md', 'html', 'json']);
export const PaperSchema = z.enum(['A4', 'Letter']);

export const dossierInputs = {
  getDossier: z.object({ figure: Id }).strict(),
  /** The dossier as the same HTML the exports use, with citations linking into the app. */
  dossierHtml: z.object({ figure: Id }).strict(),
  /** The exported file's bytes (base64), for a download in web mode or a save dialog on the desktop. */
  exportDossier: z.object({ figure: Id, format: DossierFormatSchema, paper: PaperSchema.optional() }).strict(),
  /** Desktop and CLI: write the file(s) to a folder or path on this machine. */
  exportDossierToFile: z.object({ figure: Id, format: DossierFormatSchema, paper: PaperSchema.optional(), path: z.string().min(1) }).strict(),
  exportAllDossiers: z.object({ format: DossierFormatSchema, paper: PaperSchema.optional(), dir: z.string().min(1) }).strict(),
} as const;

export interface DossierOutputs {
  getDossier: DossierDoc;
  dossierHtml: { html: string; figureId: string; name: string };
  exportDossier: { fileName: string; mimeType: string; base64: string };
  exportDossierToFile: { file: string };
  exportAllDossiers: { files: { figureId: string; file: string }[] };
}
