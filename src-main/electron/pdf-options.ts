// printToPDF settings for dossiers: the same paper, margins and header/footer templates as the system-Chromium
// printer (services/pdf/printer.ts), translated to Electron's option shapes; and what the print window may load.

import type { PrintToPDFOptions } from 'electron';
import { PDF_MARGINS, pdfTemplates, type PrintOptions } from '../services/pdf/printer';

/** "20mm" (or "0.5in", "36pt", "1cm") in inches, Electron's margin unit. */
export function toInches(length: string): number {
  const m = /^(\d+(?:\.\d+)?)(mm|cm|in|pt|px)$/.exec(length.trim());
  if (!m) throw new Error(`Not a length: ${length}`);
  const value = Number(m[1]);
  const perInch: Record<string, number> = { mm: 25.4, cm: 2.54, in: 1, pt: 72, px: 96 };
  return value / perInch[m[2]];
}

export function pdfPrintOptions(opts: PrintOptions): PrintToPDFOptions {
  return {
    pageSize: opts.format,
    printBackground: true,
    displayHeaderFooter: true,
    ...pdfTemplates(opts.headerTitle),
    margins: {
      top: toInches(PDF_MARGINS.top),
      bottom: toInches(PDF_MARGINS.bottom),
      left: toInches(PDF_MARGINS.left),
      right: toInches(PDF_MARGINS.right),
    },
    preferCSSPageSize: false,
    // as in the Chromium printer: tagging and outlines cost time and bytes for little gain in a dossier
    generateTaggedPDF: false,
    generateDocumentOutline: false,
  };
}

/** Requests the print window may make: its own temporary dossier file and inline data; never the network. */
export function isAllowedPrintRequest(url: string): boolean {
  if (/^(data|blob):/i.test(url)) return true;
  return /^file:\/\/[^?#]*\/quire-print-[A-Za-z0-9]+\/dossier\.html$/i.test(url) && !/\/\.\.?(\/|$)|%2e/i.test(url);
}
