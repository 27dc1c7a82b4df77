// PDF to clean article text with pdfjs-dist (legacy build, runs in Node): lines, paragraphs, page offsets kept.
//
// Lines come from pdf.js text items in content order; a vertical gap larger than 1.5 lines starts a paragraph.
// Running headers and footers (a line in the top or bottom margin repeated on most pages, or a page number) are
// dropped before cleaning. A paragraph cut by a page break is joined to the page it started on.

import { withNativeBuiltins } from './builtins';
import { splitBlocks, type Block } from '../../core/text/blocks';
import { cleanBlocks, type CleanResult } from '../../core/text/clean';
import { groupSpans } from '../../core/text/groups';
import { normalizeText } from '../../core/text/normalize';
import type { Span } from '../../shared/model';
import type { FormatResult } from './draft';
import type { ImportLimits } from './limits';

export interface PdfArticle extends CleanResult {
  pages: Span[];
}

interface Line {
  text: string;
  y: number;
  height: number;
}

interface PageLines {
  lines: Line[];
  height: number;
}

const MARGIN = 0.1; // share of the page height at top and bottom where running headers and footers sit
const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

/** pdf.js, loaded on the first PDF (not with every import), with the process's native built-ins kept. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= withNativeBuiltins(() => import('pdfjs-dist/legacy/build/pdf.mjs')).then((r) => r.value);
  return pdfjs;
}

/** The article text of a PDF, with the span of each page. */
export async function readPdf(bytes: Uint8Array, fileName: string, limits: ImportLimits): Promise<FormatResult<PdfArticle>> {
  const { getDocument } = await loadPdfJs();
  let pdf;
  try {
    pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 }).promise;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, reason: /password/i.test(msg) ? 'PDF is password-protected' : `not a readable PDF (${msg.split('\n')[0]})` };
  }
  try {
    if (pdf.numPages > limits.maxPdfPages) return { ok: false, reason: `PDF has ${pdf.numPages} pages (limit ${limits.maxPdfPages})` };
    const pages: PageLines[] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await pageLines(await pdf.getPage(n)));
    const title = ((await pdf.getMetadata().catch(() => null))?.info as { Title?: string } | undefined)?.Title ?? null;
    const { blocks, pageOfBlock } = pageBlocks(dropRunningLines(pages));
    const cleaned = cleanBlocks(blocks, { fileName });
    // Document-info titles are often junk ("Microsoft Word - x.docx"): used only when the page shows no headline.
    const noHeadline = !cleaned.removed.some((r) => r.reason === 'headline (title)');
    if (noHeadline && title && /\p{L}{3}/u.test(title) && !/\.(?:docx?|pdf|indd|tex)$|^microsoft word/i.test(title)) {
      cleaned.title = normalizeText(title).replace(/\s+/g, ' ').trim();
    }
    if (cleaned.text === '') return { ok: false, reason: 'no text found in the PDF (scanned images need OCR first)' };
    return { ok: true, value: { ...cleaned, pages: groupSpans(cleaned.paragraphs, cleaned.origins, pageOfBlock, pages.length) } };
  } finally {
    await pdf.destroy();
  }
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

async function pageLines(page: PdfPage): Promise<PageLines> {
  const content = await page.getTextContent();
  const lines: Line[] = [];
  let cur: Line | null = null;
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const y = item.transform[5];
    const h = item.height || Math.abs(item.transform[3]);
    if (cur && item.str && Math.abs(cur.y - y) > Math.max(cur.height, h) / 2 && cur.text.trim()) {
      lines.push(cur);
      cur = null;
    }
    if (item.str) {
      if (!cur) cur = { text: '', y, height: h };
      cur.text += item.str;
      cur.height = Math.max(cur.height, h);
    }
    if (item.hasEOL && cur) {
      lines.push(cur);
      cur = null;
    }
  }
  if (cur) lines.push(cur);
  return { lines: lines.filter((l) => l.text.trim()), height: page.getViewport({ scale: 1 }).height };
}

/** Lines without running headers, footers and page numbers. */
function dropRunningLines(pages: PageLines[]): Line[][] {
  const key = (l: Line) => l.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
  const inMargin = (l: Line, h: number) => l.y > h * (1 - MARGIN) || l.y < h * MARGIN;
  const seen = new Map<string, number>();
  for (const p of pages) for (const k of new Set(p.lines.filter((l) => inMargin(l, p.height)).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  const repeated = (l: Line) => pages.length >= 2 && (seen.get(key(l)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((p) => p.lines.filter((l) => !(inMargin(l, p.height) && (repeated(l) || PAGE_NUMBER.test(l.text.trim())))));
}

/** Paragraph blocks of all pages and the page of each; a paragraph continued over a page break stays whole. */
function pageBlocks(pages: Line[][]): { blocks: Block[]; pageOfBlock: number[] } {
  const blocks: Block[] = [];
  const pageOfBlock: number[] = [];
  pages.forEach((lines, page) => {
    let text = '';
    lines.forEach((l, i) => {
      const prev = lines[i - 1];
      const gap = prev ? prev.y - l.y : 0;
      const sizeChange = prev && Math.abs(prev.height - l.height) > 0.2 * Math.min(prev.height, l.height);
      if (prev) text += gap > 1.5 * Math.max(prev.height, l.height) || gap < 0 || sizeChange ? '\n\n' : '\n';
      text += l.text;
    });
    const pageBlocks = splitBlocks(normalizeText(text));
    const last = blocks[blocks.length - 1];
    if (last && pageBlocks.length && !/[.!?:"')\]]$/.test(last.text) && /^[a-z]/.test(pageBlocks[0].text)) {
      last.text += ` ${pageBlocks.shift()!.text}`;
    }
    for (const b of pageBlocks) {
      blocks.push(b);
      pageOfBlock.push(page);
    }
  });
  return { blocks, pageOfBlock };
}
