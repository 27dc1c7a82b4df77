// The NotebookStore interface: what services may ask of storage, independent of lowdb.

import type { Article, Decision, Highlight, Note, Settings } from '../shared/model';

export const SCHEMA_VERSION = 1;

/** An article without its body: what the library index keeps in memory. */
export type ArticleMeta = Omit<Article, 'text' | 'paragraphs' | 'source' | 'pages' | 'chapters'> & {
  fileName: string;
  format: Article['source']['format'];
};

/** An article body, stored in a file of its own so that small edits never rewrite article text. */
export type ArticleBody = Pick<Article, 'id' | 'text' | 'paragraphs' | 'source' | 'pages' | 'chapters'>;

export interface TrashItem {
  kind: 'article' | 'highlight' | 'note';
  id: string;
  title: string;
  deletedAt: string;
  item: unknown; // the deleted record (an article's meta; its body stays on disk until the trash is emptied)
}

/** The small, often-written part of a notebook. */
export interface NotebookData {
  schemaVersion: number;
  highlights: Highlight[];
  notes: Note[];
  decisions: Decision[];
  settings: Settings;
  trash: TrashItem[];
  /** Timeline corrections and dismissals (story map). Missing in notebooks written before it: read as []. */
  timelineEdits?: TimelineEdit[];
}

/** A user's decision about one timeline event, keyed by the event's stable key. */
export interface TimelineEdit {
  eventKey: string;
  date?: string | null; // YYYY-MM-DD: the corrected first day
  end?: string | null; // YYYY-MM-DD: the corrected last day
  dismissed?: boolean;
}

export interface LibraryData {
  schemaVersion: number;
  articles: ArticleMeta[];
}

export interface NotebookStore {
  readonly dataDir: string;
  /** true when the notebook was created by this open (no library existed yet): the apps seed it. */
  readonly isNew: boolean;
  readonly readOnly: boolean;
  /** What the user must be told about this open (recoveries, read-only reasons). */
  readonly messages: string[];

  listArticles(): readonly ArticleMeta[];
  getMeta(id: string): ArticleMeta | undefined;
  getArticle(id: string): Promise<Article | undefined>;
  /** Adds articles whose ids are not present yet; one library write for the batch. */
  addArticles(articles: Article[]): Promise<void>;
  updateMeta(id: string, patch: Partial<Omit<ArticleMeta, 'id'>>): Promise<ArticleMeta>;
  /** Moves an article to the trash (its body stays until the trash is emptied). */
  deleteArticle(id: string): Promise<void>;
  /** Brings an article back from the trash into the library; undefined when the trash holds no such article. */
  restoreArticle(id: string): Promise<ArticleMeta | undefined>;
  /** Deletes body files no longer listed by the library, the trash or any backup; returns how many. */
  sweepArticleBodies(): Promise<number>;

  /** The small notebook data, read-only view; change it through `update`. */
  readonly data: Readonly<NotebookData>;
  update(change: (data: NotebookData) => void): Promise<void>;

  /** Derived data kept under `cache/` (figures, fingerprints, index), keyed by name; never the truth. */
  readCache<T>(name: string): Promise<T | undefined>;
  writeCache(name: string, value: unknown): Promise<void>;
  /** writeCache for a large value, its JSON text given in parts (store/json-parts.ts): no one string of it all. */
  writeCacheParts(name: string, json: Iterable<string>): Promise<void>;

  /** Waits for pending writes, then releases the notebook's lock. Call it on quit. */
  close(): Promise<void>;
}

export function defaultSettings(): Settings {
  return { colourNames: ['Claim', 'Evidence', 'Contradiction', 'Follow up', 'Background'], theme: 'system' };
}
