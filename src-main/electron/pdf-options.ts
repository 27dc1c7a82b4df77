// printToPDF settings for dossiers: paper size, margins, and header/footer templates with the title and page numbers.

import type { PrintToPDFOptions } from 'electron';

export interface PdfPrintRequest {
  format: 'A4' | 'Letter';
  headerTitle: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

// Chromium renders the templates in their own tiny page: fonts must be sized explicitly or they come out at ~0.
const TEMPLATE_STYLE = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #555; width: 100%; margin: 0 12mm;';

export function headerTemplate(title: string): string {
  const clipped = title.length > 120 ? `${title.slice(0, 119)}…` : title;
  return `<div style="${TEMPLATE_STYLE} display: flex; justify-content: space-between;"><span>${escapeHtml(clipped)}</span><span>Quire</span></div>`;
}

export function footerTemplate(): string {
  return `<div style="${TEMPLATE_STYLE} text-align: center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;
}

export function pdfPrintOptions(req: PdfPrintRequest): PrintToPDFOptions {
  return {
    pageSize: req.format,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(req.headerTitle),
    footerTemplate: footerTemplate(),
    margins: { top: 0.7, bottom: 0.7, left: 0.6, right: 0.6 }, // inches; room for header and footer
    preferCSSPageSize: false,
    generateDocumentOutline: true,
  };
}

/** Requests the print window may make: its own temporary dossier file and inline data; never the network. */
export function isAllowedPrintRequest(url: string): boolean {
  if (/^(data|blob):/i.test(url)) return true;
  return /^file:\/\/[^?#]*\/quire-print-[A-Za-z0-9]+\/dossier\.html$/i.test(url) && !/\/\.\.?(\/|$)|%2e/i.test(url);
}
