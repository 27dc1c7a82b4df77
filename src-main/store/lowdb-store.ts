// NotebookStore on lowdb: library.json (article index), notebook.json (highlights, notes, decisions, settings),
// articles/<id>.json (bodies, written once), cache/<name>.json (derived data). Writes are durable and serialised,
// a failed write is rolled back in memory, one process writes at a time (lock), damaged files are recovered.

import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Article } from '../shared/model';
import { BackupSchedule } from './backup-schedule';
import { bodiesReferencedByBackups } from './backups';
import { DurableJSONFile, realFs, removeStaleTempFiles, type StoreFs, writeFileDurably, writeFilesDurably } from './durable-file';
import { acquireLock, type NotebookLock, processLabel } from './lock';
import { migrate, MIGRATIONS, type Migration } from './migrations';
import { deleteBodiesExcept, strayArticles } from './reconcile';
import { loadStoreFile, type Loaded } from './recovery';
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
  /** Open without writing anything and without the lock (read-only CLI commands). */
  readOnly?: boolean;
  /** Who is opening, for the "in use by" message another process gets (default: from the command line). */
  openedBy?: string;
  /** Tests: a file system that fails (ENOSPC, EPERM), a clock, other migrations and target version. */
  fs?: StoreFs;
  now?: () => Date;
  migrations?: Readonly<Record<number, Migration>>;
  schemaVersion?: number;
}

export async function openLowdbStore(dataDir: string, options: OpenOptions = {}): Promise<NotebookStore> {
  const store = new LowdbStore(dataDir, options);
  try {
    await store.open();
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;

const emptyLibrary = (v: number): LibraryData => ({ schemaVersion: v, articles: [] });
const emptyNotebook = (v: number): NotebookData => ({ schemaVersion: v, highlights: [], notes: [], decisions: [], settings: defaultSettings(), trash: [] });

class LowdbStore implements NotebookStore {
  isNew = false;
  readOnly: boolean;
  /** Written by a newer Quire: nothing at all is written, not even derived caches it may lay out differently. */
  private newerSchema = false;
  messages: string[] = [];
  private readonly fs: StoreFs;
  private readonly now: () => Date;
  private readonly version: number;
  private library: Low<LibraryData>;
  private notebook: Low<NotebookData>;
  private byId = new Map<string, ArticleMeta>();
  private lock: NotebookLock | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly backups: BackupSchedule;

  constructor(readonly dataDir: string, private readonly opts: OpenOptions) {
    this.readOnly = opts.readOnly ?? false;
    this.fs = opts.fs ?? realFs;
    this.now = opts.now ?? (() => new Date());
    this.version = opts.schemaVersion ?? SCHEMA_VERSION;
    this.library = new Low(new DurableJSONFile<LibraryData>(join(dataDir, 'library.json'), false, this.fs), emptyLibrary(this.version));
    this.notebook = new Low(new DurableJSONFile<NotebookData>(join(dataDir, 'notebook.json'), true, this.fs), emptyNotebook(this.version));
    this.backups = new BackupSchedule(dataDir, this.fs);
  }

  async open(): Promise<void> {
    if (!this.readOnly) this.lock = await acquireLock(this.dataDir, this.opts.openedBy ?? processLabel());
    const backups = await this.backups.init();
    const notebookExists = existsSync(join(this.dataDir, 'notebook.json'));
    const load = { dataDir: this.dataDir, readOnly: this.readOnly, now: this.now(), fs: this.fs };
    const lib = await loadStoreFile('library', this.adapter('library'), { ...load, mustExist: notebookExists || backups > 0 });
    const nb = await loadStoreFile('notebook', this.adapter('notebook'), load);
    this.isNew = lib.state === 'missing';
    this.library.data = dataOf(lib) ?? emptyLibrary(this.version);
    this.notebook.data = normalise(dataOf(nb) ?? emptyNotebook(this.version));
    for (const l of [lib, nb]) if ('message' in l) this.messages.push(l.message);
    const version = Math.max(...[lib, nb].flatMap((l) => ('version' in l ? [l.version] : [])), 0) || this.version;
    if (version > this.version) {
      this.readOnly = true;
      this.newerSchema = true;
      this.messages.push(`This notebook was written by a newer Quire (schema ${version}, this one knows ${this.version}); it is open read-only.`);
      await this.releaseLock();
    } else if (version < this.version && !this.readOnly) {
      await this.migrateFrom(version);
    }
    this.reindex();
    if (this.readOnly) return;
    await mkdir(join(this.dataDir, 'articles'), { recursive: true });
    // writes a crash cut short left temp files; this process holds the lock, so none of them is being written
    for (const dir of [this.dataDir, join(this.dataDir, 'articles')]) await removeStaleTempFiles(dir);
    if (this.isNew || lib.state === 'lost') await this.library.write();
    if (lib.state === 'recovered' || lib.state === 'lost' || nb.state === 'recovered' || nb.state === 'lost') await this.rescueStrayArticles();
  }

  /** After a restore, articles the two files disagree about go to the trash, where the user can bring them back. */
  private async rescueStrayArticles(): Promise<void> {
    const known = new Set([...this.byId.keys(), ...this.notebook.data.trash.filter((t) => t.kind === 'article').map((t) => t.id)]);
    const stray = await strayArticles(this.dataDir, known, this.now());
    if (stray.length === 0) return;
    await this.changeNotebook((d) => void d.trash.push(...stray));
    this.messages.push(`${stray.length} article${stray.length === 1 ? '' : 's'} missing from the restored notebook ${stray.length === 1 ? 'was' : 'were'} put in the Trash, from where ${stray.length === 1 ? 'it' : 'they'} can be restored.`);
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

  addArticles(articles: Article[]): Promise<void> {
    return this.write(async () => {
      const fresh = articles.filter((a, i) => SAFE_ID.test(a.id) && !this.byId.has(a.id) && articles.findIndex((b) => b.id === a.id) === i);
      if (fresh.length === 0) return;
      // Bodies as one durable batch (one folder fsync), before the library write that lists them.
      const bodies = fresh.map((a) => {
        const body: ArticleBody = { id: a.id, text: a.text, paragraphs: a.paragraphs, source: a.source, pages: a.pages, chapters: a.chapters };
        return { name: `${a.id}.json`, data: JSON.stringify(body) };
      });
      await writeFilesDurably(join(this.dataDir, 'articles'), bodies, this.fs);
      await this.changeLibrary((lib) => {
        for (const a of fresh) {
          const { text: _t, paragraphs: _p, source, pages: _pg, chapters: _c, ...rest } = a;
          lib.articles.push({ ...rest, fileName: source.fileName, format: source.format });
        }
      });
    });
  }

  updateMeta(id: string, patch: Partial<Omit<ArticleMeta, 'id'>>): Promise<ArticleMeta> {
    return this.write(async () => {
      if (!this.byId.has(id)) throw new Error(`no article ${id}`);
      await this.changeLibrary((lib) => Object.assign(lib.articles.find((a) => a.id === id)!, patch));
      return this.byId.get(id)!;
    });
  }

  deleteArticle(id: string): Promise<void> {
    return this.write(async () => {
      const meta = this.byId.get(id);
      if (!meta) return;
      // The trash entry is saved first: a crash in between leaves the article listed twice, never lost.
      await this.changeNotebook((d) => {
        d.trash = d.trash.filter((t) => !(t.kind === 'article' && t.id === id));
        d.trash.push({ kind: 'article', id, title: meta.title, deletedAt: this.now().toISOString(), item: { ...meta } });
      });
      try {
        await this.changeLibrary((lib) => {
          lib.articles = lib.articles.filter((a) => a.id !== id);
        });
      } catch (err) {
        await this.changeNotebook((d) => {
          d.trash = d.trash.filter((t) => !(t.kind === 'article' && t.id === id));
        }).catch(() => undefined);
        throw err;
      }
    });
  }

  restoreArticle(id: string): Promise<ArticleMeta | undefined> {
    return this.write(async () => {
      const item = this.notebook.data.trash.find((t) => t.kind === 'article' && t.id === id);
      if (!item) return undefined;
      const meta = item.item as ArticleMeta;
      if (!this.byId.has(id)) await this.changeLibrary((lib) => void lib.articles.push(meta));
      await this.changeNotebook((d) => {
        d.trash = d.trash.filter((t) => !(t.kind === 'article' && t.id === id));
      });
      return this.byId.get(id);
    });
  }

  sweepArticleBodies(): Promise<number> {
    return this.write(async () => {
      const keep = await bodiesReferencedByBackups(this.dataDir);
      for (const a of this.library.data.articles) keep.add(a.id);
      for (const t of this.notebook.data.trash) if (t.kind === 'article') keep.add(t.id);
      return deleteBodiesExcept(this.dataDir, keep);
    });
  }


  get data(): Readonly<NotebookData> {
    return this.notebook.data;
  }

  update(change: (data: NotebookData) => void): Promise<void> {
    return this.write(() => this.changeNotebook(change));
  }

  async readCache<T>(name: string): Promise<T | undefined> {
    try {
      return ((await this.cacheFile<T>(name).read()) ?? undefined) as T | undefined;
    } catch {
      return undefined; // a damaged cache is only derived data: recompute it
    }
  }

  /**
   * Derived data only. A read-only open (the CLI's list, search, show) still keeps caches, so the next command does
   * not recompute them: the lock guards the notebook's own files, and a cache is written whole (unique temp file,
   * rename) under a key of what it was computed from, so a racing writer at worst makes it stale, never wrong.
   */
  async writeCache(name: string, value: unknown): Promise<void> {
    if (this.newerSchema || (this.readOnly && this.isNew)) return;
    await this.cacheFile<unknown>(name).write(value);
  }

  /** As writeCache, for a large cache: its JSON text (see jsonParts) written a part at a time. */
  async writeCacheParts(name: string, json: Iterable<string>): Promise<void> {
    if (this.newerSchema || (this.readOnly && this.isNew)) return;
    await writeFileDurably(this.cacheFile(name).file, json, this.fs);
  }

  /** Waits for every pending write, then lets go of the lock. */
  async close(): Promise<void> {
    await this.chain.catch(() => undefined);
    await this.releaseLock();
  }

  /** Runs one change at a time, after an hourly backup of the files as they are on disk. */
  private write<T>(job: () => Promise<T>): Promise<T> {
    if (this.readOnly) return Promise.reject(new Error('This notebook is open read-only; the change was not saved.'));
    const run = this.chain.then(async () => {
      await this.backups.beforeWrite(this.now());
      return job();
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async changeNotebook(change: (data: NotebookData) => void): Promise<void> {
    try {
      change(this.notebook.data);
      await this.notebook.write();
    } catch (err) {
      const last = this.adapter('notebook').lastText;
      this.notebook.data = normalise(last ? (JSON.parse(last) as NotebookData) : emptyNotebook(this.version));
      throw err;
    }
  }

  private async changeLibrary(change: (data: LibraryData) => void): Promise<void> {
    try {
      change(this.library.data);
      await this.library.write();
    } catch (err) {
      const last = this.adapter('library').lastText;
      this.library.data = last ? (JSON.parse(last) as LibraryData) : emptyLibrary(this.version);
      throw err;
    } finally {
      this.reindex();
    }
  }



  private async migrateFrom(from: number): Promise<void> {
    await this.backups.beforeWrite(this.now(), `pre-migration-v${from}-to-v${this.version}`, true);
    migrate({ library: this.library.data, notebook: this.notebook.data }, from, this.version, this.opts.migrations ?? MIGRATIONS);
    await this.library.write();
    await this.notebook.write();
  }

  private reindex(): void {
    this.byId = new Map(this.library.data.articles.map((m) => [m.id, m]));
  }

  private async releaseLock(): Promise<void> {
    const lock = this.lock;
    this.lock = null;
    await lock?.release();
  }

  private adapter(kind: 'library'): DurableJSONFile<LibraryData>;
  private adapter(kind: 'notebook'): DurableJSONFile<NotebookData>;
  private adapter(kind: 'library' | 'notebook'): DurableJSONFile<LibraryData> | DurableJSONFile<NotebookData> {
    return (kind === 'library' ? this.library.adapter : this.notebook.adapter) as DurableJSONFile<LibraryData> | DurableJSONFile<NotebookData>;
  }

  private bodyFile(id: string): DurableJSONFile<ArticleBody> {
    return new DurableJSONFile<ArticleBody>(join(this.dataDir, 'articles', `${id}.json`), false, this.fs);
  }

  private cacheFile<T>(name: string): DurableJSONFile<T> {
    if (!/^[A-Za-z0-9_.-]{1,100}$/.test(name)) throw new Error(`bad cache name ${name}`);
    return new DurableJSONFile<T>(join(this.dataDir, 'cache', `${name}.json`), false, this.fs);
  }
}

function dataOf<T>(l: Loaded<T>): T | undefined {
  return 'data' in l ? l.data : undefined;
}

/** Older files may lack newer settings keys or lists: fill them in. */
function normalise(d: NotebookData): NotebookData {
  return { ...emptyNotebook(d.schemaVersion), ...d, settings: { ...defaultSettings(), ...d.settings } };
}
