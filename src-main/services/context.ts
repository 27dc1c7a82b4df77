// What every service needs, passed in once per door: the store, where the sample corpus is, and a clock.

import type { NotebookStore } from '../store/types';
import type { PdfPrinter } from './pdf/printer';

export interface ServiceContext {
  store: NotebookStore;
  /** Folder of the sample corpus that a fresh desktop or web notebook opens with. */
  corpusDir?: string;
  now?: () => Date;
  /** Prints dossiers to PDF: Electron's printToPDF in the desktop app; else a system Chromium is found on demand. */
  printer?: PdfPrinter;
}

export function nowIso(ctx: ServiceContext): string {
  return (ctx.now?.() ?? new Date()).toISOString();
}
