// Article use-cases: list, read, import (files or uploads), edit metadata, delete; import is idempotent by content id.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ArticleView, NotebookInfo } from '../shared/contract/api';
import type { ImportReport } from '../shared/contract/schemas';
import type { Article, ArticleSummary } from '../shared/model';
import { UserError } from '../shared/result';
import type { ImportOutcome, RunImportOptions } from './import/run-import';
import type { ArticleMeta } from '../store/types';
import { SCHEMA_VERSION } from '../store/types';
import { type ServiceContext, nowIso } from './context';
import type { CopyIndex } from './copies';
import { estimateContainment, fingerprint } from '../core/compare';

/** The importers pull in jsdom, pdf.js and friends: load them only when something is imported. */
export function importers(): Promise<typeof import('./import')> {
  return import('./import');
}

/** Share of the shorter text's word runs that must reappear for a re-imported file to count as a new version. */
export const NEW_VERSION_CONTAINMENT = 0.5;

export class ArticleService {
  constructor(private readonly ctx: ServiceContext, private readonly copies?: CopyIndex) {}

  info(): NotebookInfo {
    const { store } = this.ctx;
    return {
      dataDir: store.dataDir,
      schemaVersion: SCHEMA_VERSION,
      articles: store.listArticles().length,
      readOnly: store.readOnly,
      messages: store.messages,
    };
  }

  async list(): Promise<ArticleSummary[]> {
    const copies = this.copies ? await this.copies.copiesById() : {};
    return this.ctx.store.listArticles().map((m) => summary(m, copies[m.id] ?? []));
  }

  async get(id: string): Promise<ArticleView> {
    const article = await this.ctx.store.getArticle(id);
    if (!article) throw new UserError(`No article with id ${id}`, 404);
    return view(article);
  }

  /**
   * Imports files and folders. A bad file is skipped with its reason; the rest of the batch goes on. `options` give
   * progress and cancel (import jobs, the CLI's progress bar); articles are stored in chunks as they are read.
   */
  async importPaths(paths: string[], options: RunImportOptions = {}): Promise<ImportOutcome> {
    const { runImport, parseThreads, startParsePool } = await importers();
    const { store } = this.ctx;
    const before = new Set(store.listArticles().map((a) => a.id));
    const add = (articles: Article[]) => {
      this.copies?.remember(articles); // fingerprinted now, while the text is in memory
      return store.addArticles(articles);
    };
    // large batches are parsed in worker threads; a caller's own `parse` (tests) keeps parsing in this thread
    const pool = options.parse ? undefined : (files: number) => startParsePool(parseThreads(files));
    const outcome = await runImport(paths, { has: (id) => !!store.getMeta(id), add, importedAt: nowIso(this.ctx) }, { pool, ...options });
    const replaced = await this.replaceOlderVersions(outcome.imported, before);
    if (outcome.imported.length) await this.copies?.copiesById(); // the library opens next with its copies known
    return replaced.length ? { ...outcome, replaced } : outcome;
  }

  /** Told (new id, old id) when a re-imported file replaces its older version, before the old one goes to the trash. */
  onNewVersion?: (newId: string, oldId: string) => Promise<void>;

  /**
   * A file imported again with changed content is a new version of the article it came from: same file name and
   * mostly the same text (a different article that happens to share a name, such as index.html, is left alone).
   */
  private async replaceOlderVersions(imported: { id: string; file: string }[], before: Set<string>) {
    const { store } = this.ctx;
    const replaced: { id: string; oldId: string; file: string }[] = [];
    if (!imported.length || !before.size) return replaced;
    // the articles there before this import, by file name (one pass, not one per imported article)
    const earlierByName = new Map<string, ArticleMeta[]>();
    for (const a of store.listArticles()) {
      if (!before.has(a.id)) continue;
      const list = earlierByName.get(a.fileName);
      if (list) list.push(a);
      else earlierByName.set(a.fileName, [a]);
    }
    for (const entry of imported) {
      const meta = store.getMeta(entry.id);
      if (!meta) continue;
      const older = (earlierByName.get(meta.fileName) ?? []).filter((a) => a.id !== entry.id && store.getMeta(a.id));
      if (!older.length) continue;
      const fresh = await store.getArticle(entry.id);
      if (!fresh) continue;
      const fp = fingerprint(fresh.text);
      for (const old of older) {
        const prev = await store.getArticle(old.id);
        if (!prev || estimateContainment(fp, fingerprint(prev.text)) < NEW_VERSION_CONTAINMENT) continue;
        await this.onNewVersion?.(entry.id, old.id);
        await store.deleteArticle(old.id);
        replaced.push({ id: entry.id, oldId: old.id, file: entry.file });
        break;
      }
    }
    return replaced;
  }

  /** Imports files sent by a browser (web mode): written to a private temp folder, then imported as paths. */
  async importUploads(files: { name: string; content: string; base64?: boolean }[]): Promise<ImportReport> {
    const dir = await mkdtemp(join(tmpdir(), 'quire-upload-'));
    try {
      const paths: string[] = [];
      for (const [i, f] of files.entries()) {
        const sub = join(dir, String(i));
        const path = join(sub, basename(f.name).replace(/^\.+/, '') || 'upload.txt');
        await mkdir(sub);
        await writeFile(path, f.base64 ? Buffer.from(f.content, 'base64') : f.content);
        paths.push(path);
      }
      const report = await this.importPaths(paths);
      const rename = (p: string) => basename(p);
      return {
        imported: report.imported.map((e) => ({ ...e, file: rename(e.file) })),
        present: report.present.map((e) => ({ ...e, file: rename(e.file) })),
        skipped: report.skipped.map((e) => ({ ...e, file: rename(e.file) })),
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async update(id: string, patch: Partial<Pick<ArticleMeta, 'title' | 'outlet' | 'byline' | 'published' | 'url' | 'tags'>>): Promise<ArticleView> {
    if (!this.ctx.store.getMeta(id)) throw new UserError(`No article with id ${id}`, 404);
    await this.ctx.store.updateMeta(id, patch);
    return this.get(id);
  }

  async delete(id: string): Promise<{ deleted: string }> {
    if (!this.ctx.store.getMeta(id)) throw new UserError(`No article with id ${id}`, 404);
    await this.ctx.store.deleteArticle(id);
    return { deleted: id };
  }

  /** A fresh desktop or web notebook opens with the sample corpus; the CLI never calls this. */
  async seedIfNew(): Promise<ImportReport | null> {
    const { store, corpusDir } = this.ctx;
    if (!store.isNew || store.readOnly || !corpusDir) return null;
    return this.importPaths([corpusDir]);
  }
}

function summary(m: ArticleMeta, copies: string[]): ArticleSummary {
  return {
    id: m.id, title: m.title, outlet: m.outlet, published: m.published, words: m.words, tags: m.tags,
    fileName: m.fileName, copies,
  };
}

function view(a: Article): ArticleView {
  return { ...a, source: { fileName: a.source.fileName, format: a.source.format } };
}
