// The dossiers feature: builds a figure's dossier from the notebook (figures, mentions, articles, copies, highlights,
// notes) and exports it to PDF, Markdown, HTML or JSON, one figure or all of them. The part read from the article
// texts is kept per figure (dossier-base.ts); the story map's part is memoised by the story map service; highlights,
// notes and the export time are added on every build, so a user's edit shows in the next one.

import { dirname, join, resolve } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { completeDossier, renderDossierHtml, type DossierDoc } from '../core/dossier';
import type { HandlersOf } from '../shared/contract/api';
import type { dossierInputs } from '../shared/contract/dossiers';
import { UserError } from '../shared/result';
import { nowIso } from './context';
import { DossierBases } from './dossier-base';
import type { FigureService } from './figures';
import type { HighlightService } from './highlights';
import type { StoryMapService } from './storymap';
import type { BaseServices } from './index';
import type { ChromiumPdfPrinter } from './pdf/chromium-printer';
import { dossierFileName, exportDossier, type DossierFormat } from './pdf/export';
import type { PaperFormat, PdfPrinter } from './pdf/printer';

const MIME: Record<DossierFormat, string> = {
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
};

type Deps = BaseServices & { figures: FigureService; highlights: HighlightService; storyMap?: Pick<StoryMapService, 'forDossier'> };

export class DossierService {
  private systemPrinter: ChromiumPdfPrinter | null | undefined;
  private readonly bases: DossierBases;

  constructor(private readonly deps: Deps) {
    this.bases = new DossierBases(deps.ctx.store);
  }

  /** The figure's dossier as it stands now (the returned document shares parts with later ones: do not change it). */
  async build(query: string): Promise<DossierDoc> {
    const { figures, ctx, copies } = this.deps;
    const memo = await figures.analysis();
    const figure = await figures.find(query);
    if (!figure || figure.hidden) throw new UserError(`No figure ${query}`, 404);
    const base = await this.bases.get({
      analysisKey: memo.key,
      figure,
      figures: memo.analysis.figures,
      own: memo.byFigure.get(figure.id) ?? [],
      mentions: (id) => memo.byArticle.get(id) ?? [],
      copies: await copies.copiesById(),
    });
    const { highlights, notes } = ctx.store.data;
    const storyMap = await this.deps.storyMap?.forDossier(figure.id);
    // A highlight without a quote selector quotes the article's text: read only those articles (rare).
    const texts = new Map<string, string>();
    for (const h of highlights) {
      if (!h.figureIds.includes(figure.id) || !base.paragraphs.has(h.articleId) || texts.has(h.articleId)) continue;
      if (h.target.some((t) => t.type === 'TextQuoteSelector')) continue;
      texts.set(h.articleId, (await ctx.store.getArticle(h.articleId))?.text ?? '');
    }
    return completeDossier(base, { storyMap, highlights, notes, exportedAt: nowIso(ctx), textOf: (id) => texts.get(id) });
  }

  async exportBytes(query: string, format: DossierFormat, paper: PaperFormat = 'A4'): Promise<{ fileName: string; mimeType: string; bytes: Uint8Array }> {
    const doc = await this.build(query);
    const bytes = await exportDossier(doc, format, { printer: format === 'pdf' ? await this.printer() : undefined, paper });
    return { fileName: dossierFileName(doc, format), mimeType: MIME[format], bytes };
  }

  async exportToFile(query: string, format: DossierFormat, path: string, paper: PaperFormat = 'A4'): Promise<{ file: string }> {
    const { bytes } = await this.exportBytes(query, format, paper);
    const file = resolve(path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes);
    return { file };
  }

  /** Every visible figure's dossier into `dir`, one file each; `onProgress` is told after each file. */
  async exportAll(dir: string, format: DossierFormat, paper: PaperFormat = 'A4', onProgress?: (done: number, total: number) => void) {
    const list = await this.deps.figures.list();
    const printer = format === 'pdf' ? await this.printer() : undefined;
    const used = new Set<string>();
    const files: { figureId: string; file: string }[] = [];
    await mkdir(resolve(dir), { recursive: true });
    for (const [i, f] of list.entries()) {
      const doc = await this.build(f.id);
      const base = dossierFileName(doc, format);
      let name = base;
      for (let n = 2; used.has(name); n++) name = base.replace(/(\.\w+)$/, `-${n}$1`);
      used.add(name);
      const file = join(resolve(dir), name);
      await writeFile(file, await exportDossier(doc, format, { printer, paper }));
      files.push({ figureId: f.id, file });
      onProgress?.(i + 1, list.length);
    }
    return { files };
  }

  /** Closes the system Chromium if one was started. */
  async close(): Promise<void> {
    await this.systemPrinter?.close();
  }

  /** playwright-core is loaded only when a PDF is first printed outside Electron. */
  private async printer(): Promise<PdfPrinter> {
    if (this.deps.ctx.printer) return this.deps.ctx.printer;
    if (this.systemPrinter === undefined) this.systemPrinter = (await import('./pdf/chromium-printer')).ChromiumPdfPrinter.fromSystem();
    if (!this.systemPrinter) throw new UserError('PDF export needs Chromium or Chrome: install one or set CHROME_PATH.');
    return this.systemPrinter;
  }
}

export function createDossierFeature(deps: Deps): { service: DossierService; handlers: HandlersOf<typeof dossierInputs> } {
  const service = new DossierService(deps);
  return {
    service,
    handlers: {
      getDossier: ({ figure }) => service.build(figure),
      dossierHtml: async ({ figure }) => {
        const doc = await service.build(figure);
        return { html: renderDossierHtml(doc, { forPrint: false, links: 'app' }), figureId: doc.figure.id, name: doc.figure.name };
      },
      exportDossier: async ({ figure, format, paper }) => {
        const { fileName, mimeType, bytes } = await service.exportBytes(figure, format, paper);
        return { fileName, mimeType, base64: Buffer.from(bytes).toString('base64') };
      },
      exportDossierToFile: ({ figure, format, paper, path }) => service.exportToFile(figure, format, path, paper),
      exportAllDossiers: ({ format, paper, dir }) => service.exportAll(dir, format, paper),
    },
  };
}
