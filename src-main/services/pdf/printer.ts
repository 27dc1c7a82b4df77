// The PDF printer interface shared by the system-Chromium printer (here) and Electron's printToPDF printer, with
// the running header/footer templates and margins both use so their PDFs look the same.

export type PaperFormat = 'A4' | 'Letter';

export interface PrintOptions {
  format: PaperFormat;
  headerTitle: string; // shown in the running header of every page
}

export interface PdfPrinter {
  /** Print a self-contained, script-free HTML page to PDF bytes. */
  print(html: string, opts: PrintOptions): Promise<Uint8Array>;
}

/** Page margins, large enough for the header and footer templates. */
export const PDF_MARGINS = { top: '20mm', bottom: '18mm', left: '20mm', right: '20mm' } as const;

const FONT = `font-family: 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif`;

function escapeTemplateText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Chromium's header/footer templates (the same option names in playwright's page.pdf and Electron's printToPDF).
 * They are rendered apart from the page, so they carry their own styles; `pageNumber`/`totalPages` are filled in.
 */
export function pdfTemplates(headerTitle: string): { headerTemplate: string; footerTemplate: string } {
  const box = `${FONT}; font-size: 7.5px; color: #666; width: 100%; margin: 0 ${PDF_MARGINS.left}; display: flex; justify-content: space-between;`;
  return {
    headerTemplate: `<div style="${box} border-bottom: 0.5px solid #bbb; padding-bottom: 2px;"><span>Quire dossier</span><span style="unicode-bidi: isolate" dir="auto">${escapeTemplateText(headerTitle)}</span></div>`,
    footerTemplate: `<div style="${box} justify-content: center;"><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
  };
}
