// Exporting dossiers to files: PDF (through a PdfPrinter), Markdown, standalone HTML and JSON; one or all at once.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderDossierHtml, renderDossierMarkdown, type DossierDoc } from '../../core/dossier';
import type { PaperFormat, PdfPrinter } from './printer';

export type DossierFormat = 'pdf' | 'md' | 'html' | 'json';

export interface ExportOptions {
  printer?: PdfPrinter; // required for 'pdf'
  paper?: PaperFormat; // default A4
}

/** The bytes of one dossier in `format`. */
export async function exportDossier(doc: DossierDoc, format: DossierFormat, opts: ExportOptions = {}): Promise<Uint8Array> {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  switch (format) {
    case 'json':
      return utf8(JSON.stringify(doc, null, 2) + '\n');
    case 'md':
      return utf8(renderDossierMarkdown(doc));
    case 'html':
      // A file on its own: citations lead to the numbered notes, not to app routes that do not exist outside Quire.
      return utf8(renderDossierHtml(doc, { forPrint: false, links: 'notes' }));
    case 'pdf': {
      if (!opts.printer) throw new Error('PDF export needs a printer (no Chromium found?)');
      const format = opts.paper ?? 'A4';
      const html = renderDossierHtml(doc, { forPrint: true, format });
      return opts.printer.print(html, { format, headerTitle: doc.figure.name });
    }
  }
}

/** "nawaf-fares.pdf": the name folded to safe ASCII, with the id when the name leaves nothing. */
export function dossierFileName(doc: DossierDoc, format: DossierFormat): string {
  const slug = doc.figure.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  const safeId = doc.figure.id.replace(/[^A-Za-z0-9_-]+/g, '').slice(0, 40) || 'figure';
  return `${slug || safeId}.${format}`;
}

/** Writes every dossier into `dir` (created if missing), one file each, in sequence so one printer serves them all. */
export async function exportDossiers(docs: DossierDoc[], dir: string, format: DossierFormat, opts: ExportOptions = {}): Promise<Array<{ figureId: string; file: string }>> {
  await mkdir(dir, { recursive: true });
  const used = new Set<string>();
  const written: Array<{ figureId: string; file: string }> = [];
  for (const doc of docs) {
    let name = dossierFileName(doc, format);
    for (let i = 2; used.has(name); i++) name = dossierFileName(doc, format).replace(/(\.\w+)$/, `-${i}$1`);
    used.add(name);
    const file = join(dir, name);
    await writeFile(file, await exportDossier(doc, format, opts));
    written.push({ figureId: doc.figure.id, file });
  }
  return written;
}
