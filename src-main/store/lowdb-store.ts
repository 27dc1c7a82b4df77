// NotebookStore on lowdb: library.json (article index), notebook.json (highlights, notes, decisions, settings),
// articles/<id>.json (bodies, written once), cache/<name>.json (derived data). All writes are durable.

import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Article } from '../shared/model';
import { DurableJSONFile } from './durable-file';
import {
  type ArticleBody,
  type ArticleMeta,
  defaultSettings,
  type LibraryData,
  type NotebookData,
  type NotebookStore,
  SCHEMA_VERSION,
} from './types';

export interface OpenOptions {
  /** Open without writing anything (read-only CLI commands). */
  readOnly?: boolean;
}

export async function openLowdbStore(dataDir: string, options: OpenOptions = {}): Promise<NotebookStore> {
  const store = new LowdbStore(dataDir, options.readOnly ?? false);
  await store.open();
  return store;
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;

class LowdbStore implements NotebookStore {
  isNew = false;
  readOnly: boolean;
  messages: string[] = [];
  private library: Low<LibraryData>;
  private notebook: Low<NotebookData>;
  private byId = new Map<string, ArticleMeta>();

  constructor(readonly dataDir: string, readOnly: boolean) {
    this.readOnly = readOnly;
    this.library = new Low(new DurableJSONFile<LibraryData>(join(dataDir, 'library.json')), {
      schemaVersion: SCHEMA_VERSION,
      articles: [],
    });
    this.notebook = new Low(new DurableJSONFile<NotebookData>(join(dataDir, 'notebook.json'), true), {
      schemaVersion: SCHEMA_VERSION,
      highlights: [],
      notes: [],
      decisions: [],
      settings: defaultSettings(),
      trash: [],
    });
  }

  async open(): Promise<void> {
    this.isNew = !existsSync(join(this.dataDir, 'library.json'));
    if (!this.readOnly) await mkdir(join(this.dataDir, 'articles'), { recursive: true });
    await this.library.read();
    await this.notebook.read();
    const version = Math.max(this.library.data.schemaVersion ?? 0, this.notebook.data.schemaVersion ?? 0);
    if (version > SCHEMA_VERSION) {
      this.readOnly = true;
      this.messages.push(
        `This notebook was written by a newer Quire (schema ${version}, this one knows ${SCHEMA_VERSION}); it is open read-only.`,
      );
    }
    this.notebook.data = { ...this.notebook.data, settings: { ...defaultSettings(), ...this.notebook.data.settings } };
    for (const meta of this.library.data.articles) this.byId.set(meta.id, meta);
    if (this.isNew && !this.readOnly) await this.library.write();
  }

  listArticles(): readonly ArticleMeta[] {
    return this.library.data.articles;
  }

  getMeta(id: string): ArticleMeta | undefined {
    return this.byId.get(id);
  }

  async getArticle(id: string): Promise<Article | undefined> {
    const meta = this.byId.get(id);
    if (!meta || !SAFE_ID.test(id)) return undefined;
    const body = await this.bodyFile(id).read();
    if (!body) return undefined;
    const { fileName: _f, format: _g, ...rest } = meta;
    const article: Article = { ...rest, text: body.text, paragraphs: body.paragraphs, source: body.source };
    if (body.pages) article.pages = body.pages;
    if (body.chapters) article.chapters = body.chapters;
    return article;
  }

  async addArticles(articles: Article[]): Promise<void> {
    this.assertWritable();
    const fresh = articles.filter((a) => SAFE_ID.test(a.id) && !this.byId.has(a.id));
    for (const a of fresh) {
      const body: ArticleBody = { id: a.id, text: a.text, paragraphs: a.paragraphs, source: a.source, pages: a.pages, chapters: a.chapters };
      await this.bodyFile(a.id).write(body);
    }
    if (fresh.length === 0) return;
    for (const a of fresh) {
      const { text: _t, paragraphs: _p, source, pages: _pg, chapters: _c, ...rest } = a;
      const meta: ArticleMeta = { ...rest, fileName: source.fileName, format: source.format };
      this.library.data.articles.push(meta);
      this.byId.set(meta.id, meta);
    }
    await this.library.write();
  }

  async updateMeta(id: string, patch: Partial<Omit<ArticleMeta, 'id'>>): Promise<ArticleMeta> {
    this.assertWritable();
    const meta = this.byId.get(id);
    if (!meta) throw new Error(`no article ${id}`);
    Object.assign(meta, patch);
    await this.library.write();
    return meta;
  }

  async deleteArticle(id: string): Promise<void> {
    this.assertWritable();
    const meta = this.byId.get(id);
    if (!meta) return;
    this.library.data.articles = this.library.data.articles.filter((a) => a.id !== id);
    this.byId.delete(id);
    await this.update((d) => {
      d.trash.push({ kind: 'article', id, title: meta.title, deletedAt: new Date().toISOString(), item: meta });
    });
    await this.library.write();
  }

  get data(): Readonly<NotebookData> {
    return this.notebook.data;
  }

  async update(change: (data: NotebookData) => void): Promise<void> {
    this.assertWritable();
    change(this.notebook.data);
    await this.notebook.write();
  }

  async readCache<T>(name: string): Promise<T | undefined> {
    try {
      return ((await this.cacheFile<T>(name).read()) ?? undefined) as T | undefined;
    } catch {
      return undefined; // a damaged cache is only derived data: recompute it
    }
  }

  async writeCache(name: string, value: unknown): Promise<void> {
    if (this.readOnly) return;
    await this.cacheFile<unknown>(name).write(value);
  }

  async close(): Promise<void> {
    // Every write above is awaited; nothing is pending here.
  }

  async emptyTrashBody(id: string): Promise<void> {
    await rm(join(this.dataDir, 'articles', `${id}.json`), { force: true });
  }

  private bodyFile(id: string): DurableJSONFile<ArticleBody> {
    return new DurableJSONFile<ArticleBody>(join(this.dataDir, 'articles', `${id}.json`));
  }

  private cacheFile<T>(name: string): DurableJSONFile<T> {
    if (!/^[A-Za-z0-9_.-]{1,100}$/.test(name)) throw new Error(`bad cache name ${name}`);
    return new DurableJSONFile<T>(join(this.dataDir, 'cache', `${name}.json`));
  }

  private assertWritable(): void {
    if (this.readOnly) throw new Error('This notebook is open read-only; the change was not saved.');
  }
}
