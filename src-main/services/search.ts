// The search feature: one index over articles, notes, highlights and figures. A saved index answers as it lies (only
// the postings a query needs are decoded, article texts are read from their bodies for the hits shown); it is loaded
// whole, brought up to date and saved back (debounced) only when the notebook changed since it was saved.

import type { DocText, SavedForm, SavedIndex, SavedPhrases, SearchIndex, TextSource } from '../core/search/index';
import type { SearchDoc, SearchHit, SearchKind, SearchOptions, StoredDoc } from '../core/search/types';
import type { HandlersOf } from '../shared/contract/api';
import type { searchInputs } from '../shared/contract/search';
import type { Figure, Span } from '../shared/model';
import type { FigureService } from './figures';
import type { HighlightService } from './highlights';
import type { BaseServices } from './index';
import { jsonParts } from '../store/json-parts';
import { phrasesJson, phrasesOf, type StoredPhrases } from './search-cache';
import { ArticlesSeen, ArticleSignatures, emptyManifest, figureSig, goneFrom, highlightSig, readManifest, storeManifest, type SearchManifest, type StoredManifest } from './search-manifest';
import { LARGE_JOB, releaseMemory } from './release-memory';

export const SEARCH_CACHE = 'search-index';
export const SEARCH_PHRASES_CACHE = 'search-phrases';
const PERSIST_DELAY_MS = 1500;
const ANSWERS_KEPT = 32;
const TEXTS_KEPT = 1024; // ~6 MB at 4.5 KB an article
const BODIES_AT_ONCE = 32; // article bodies read together while indexing (the next batch read as one is indexed)

/** MiniSearch and the tokenisers are only needed once someone searches: quick CLI commands never load them. */
let core: Promise<typeof import('../core/search/index')> | undefined;
function searchCore(): Promise<typeof import('../core/search/index')> {
  core ??= import('../core/search/index');
  return core;
}

interface Saved { manifest: StoredManifest; index: SavedForm }

/** What one sync changed, for tests and logs. */
export interface SyncReport { loaded: boolean; added: number; removed: number }

/** An article to (re)index: its body is read when the index takes it, so that the notebook's texts are never all held. */
interface PendingArticle { id: string; sig: string; figureIds: string[] }

/** Documents to (re)index, in order, and to remove, found by comparing the notebook with the manifest. */
interface Changes { docs: (SearchDoc | PendingArticle)[]; removals: [SearchKind, string][] }

const isPending = (d: SearchDoc | PendingArticle): d is PendingArticle => !('kind' in d);

type Deps = BaseServices & { figures: FigureService; highlights: HighlightService };
type AnyIndex = SearchIndex | SavedIndex;

export class SearchService {
  private index: AnyIndex | undefined;
  private manifest: SearchManifest | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();
  /** Recent answers (typing back and forth asks the same queries again); emptied whenever the index changes. */
  private answers = new Map<string, SearchHit[]>();
  /** Article texts read lately, for snippets and phrase checks (the index does not keep them). */
  private texts = new Map<string, DocText>();
  private savedBroken = false;
  private articleSigs = new ArticleSignatures();
  private articlesSeen = new ArticlesSeen();
  /** How the index came to be in this process: built from scratch or loaded from the cache. */
  origin: 'none' | 'built' | 'loaded' = 'none';
  lastSync: SyncReport = { loaded: false, added: 0, removed: 0 };

  constructor(readonly deps: Deps) {}

  private get store() {
    return this.deps.ctx.store;
  }

  async search(q: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
    const index = await this.ready();
    const key = JSON.stringify([q, opts.limit ?? null, opts.filters ?? null]);
    const cached = this.answers.get(key);
    if (cached) return cached;
    let hits: SearchHit[];
    try {
      hits = await index.search(q, opts);
    } catch (err) {
      const { SavedIndex, SearchIndexFormatError } = await searchCore();
      if (!(index instanceof SavedIndex && err instanceof SearchIndexFormatError)) throw err;
      this.savedBroken = true; // a damaged save: build from scratch instead
      this.index = undefined;
      this.articlesSeen.forget();
      return this.search(q, opts);
    }
    if (this.answers.size >= ANSWERS_KEPT) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, hits);
    return hits;
  }

  async suggest(prefix: string, limit = 10): Promise<string[]> {
    const index = await this.ready();
    return index.suggest(prefix, limit);
  }

  /** The index, up to date with the notebook. Syncs run one at a time, in call order. */
  ready(): Promise<AnyIndex> {
    const run = this.chain.then(() => this.sync());
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Writes a pending change of the index to the cache now (on quit, at the end of a CLI command, and in tests). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.saving = this.saving.then(() => this.persist());
    }
    await this.saving;
  }

  /** An article's text from its stored body (the id is the text's hash: it is the text that was indexed). */
  private readonly textOf: TextSource = async (doc: StoredDoc) => {
    if (doc.kind !== 'article') return undefined;
    const known = this.texts.get(doc.id);
    if (known) return known;
    const article = await this.store.getArticle(doc.id);
    if (!article) return undefined;
    const text: DocText = { text: article.text, paragraphs: article.paragraphs.map((p): Span => [p[0], p[1]]) };
    if (this.texts.size >= TEXTS_KEPT) this.texts.delete(this.texts.keys().next().value!);
    this.texts.set(doc.id, text);
    return text;
  };

  private async sync(): Promise<AnyIndex> {
    const { SearchIndex, SavedIndex, SEARCH_INDEX_VERSION } = await searchCore();
    let loaded = false;
    if (!this.index || !this.manifest) {
      const saved = this.savedBroken ? undefined : await this.store.readCache<Saved>(SEARCH_CACHE);
      const manifest = readManifest(saved?.manifest, SEARCH_INDEX_VERSION);
      if (saved && manifest && SearchIndex.isCurrent(saved.index)) {
        this.index = SavedIndex.open(saved.index, this.textOf, () => this.readPhrases());
        this.manifest = manifest;
        this.origin = 'loaded';
        loaded = true;
      } else {
        this.index = new SearchIndex(this.textOf);
        this.manifest = emptyManifest(SEARCH_INDEX_VERSION);
        this.origin = 'built';
      }
    }
    const index = this.index;
    const manifest = this.manifest;
    const changes = await this.changes(index, manifest);
    const removed = changes.removals.filter(([kind, id]) => index.has(kind, id)).length;
    let added = 0;
    try {
      if (changes.docs.length + removed > 0 && index instanceof SearchIndex && index.size === 0 && removed === 0) {
        // Indexed from nothing: straight into the saved form, a document at a time.
        const builder = SavedIndex.builder(this.textOf);
        for await (const batch of this.documents(changes.docs, manifest)) {
          for (const d of batch) builder.add(d);
          added += batch.length;
        }
        this.index = builder.finish();
        this.answers.clear();
        this.schedulePersist();
        if (added >= LARGE_JOB) releaseMemory();
      } else if (changes.docs.length + removed > 0) {
        let live: SearchIndex;
        try {
          live = index instanceof SavedIndex ? await index.toIndex() : index;
        } catch {
          this.savedBroken = true; // a damaged save: build from scratch instead
          this.index = undefined;
          this.articlesSeen.forget();
          return this.sync();
        }
        this.index = live;
        this.answers.clear();
        for (const [kind, id] of changes.removals) live.delete(kind, id);
        live.deleteAll(changes.docs.map((d) => (isPending(d) ? { kind: 'article' as const, id: d.id } : d))); // replaced
        for await (const batch of this.documents(changes.docs, manifest)) {
          if (batch.length) live.add(batch);
          added += batch.length;
        }
        this.schedulePersist();
      }
    } catch (err) {
      // The manifest may be ahead of the index: start again from the saved index (or from nothing) next time.
      this.index = undefined;
      this.manifest = undefined;
      this.articlesSeen.forget();
      throw err;
    }
    this.lastSync = { loaded, added, removed };
    return this.index;
  }

  /** Diffs the notebook against the manifest (updated as it goes): what to index again and what to remove. */
  private async changes(index: AnyIndex, m: SearchManifest): Promise<Changes> {
    const { figureToDoc, highlightToDoc, noteToDoc } = await searchCore();
    const data = this.store.data;
    const metas = this.store.listArticles();
    const docs: (SearchDoc | PendingArticle)[] = [];
    const removals: [SearchKind, string][] = [];
    const drop = (kind: SearchKind, id: string, table: Map<string, string>) => {
      removals.push([kind, id]);
      table.delete(id);
    };

    // Articles and the figures they name (the figures analysis runs only when articles or decisions changed).
    const same = this.articlesSeen.unchanged(m, metas);
    let articlesRemoved = 0;
    let added = false;
    if (!same) {
      for (const id of goneFrom(m.articles, metas)) {
        if (index.has('article', id)) articlesRemoved++;
        drop('article', id, m.articles);
        m.articleFigures.delete(id);
      }
      added = metas.some((a) => !m.articles.has(a.id));
    }
    const decisions = data.decisions.map((d) => d.id).join(',');
    const figuresStale = added || articlesRemoved > 0 || decisions !== m.decisions;
    let figuresOf = (id: string) => m.articleFigures.get(id)?.split(',').filter(Boolean) ?? [];
    if (figuresStale && metas.length > 0) {
      const { analysis, byArticle } = await this.deps.figures.analysis();
      const visible = visibleFigures(analysis.figures);
      const current = new Map<string, string>();
      for (const a of metas) {
        const ids = [...new Set((byArticle.get(a.id) ?? []).map((x) => x.figureId).filter((f) => visible.has(f)))].sort();
        current.set(a.id, ids.join(','));
      }
      figuresOf = (id) => current.get(id)?.split(',').filter(Boolean) ?? [];
      for (const a of metas) {
        if (m.articles.has(a.id) && m.articleFigures.get(a.id) !== current.get(a.id)) m.articles.delete(a.id); // re-index it
      }
      const figureSigs = new Map([...visible.values()].map((f) => [f.id, figureSig(f)]));
      for (const id of [...m.figures.keys()]) if (!figureSigs.has(id)) drop('figure', id, m.figures);
      for (const [id, sig] of figureSigs) {
        if (m.figures.get(id) === sig) continue;
        docs.push(figureToDoc(visible.get(id)!));
        m.figures.set(id, sig);
      }
      m.decisions = decisions;
    }
    if (!same || figuresStale) {
      this.articlesSeen.start(m);
      for (const a of [...metas]) {
        this.articlesSeen.see(a); // the fields as they are now, before any wait for a body
        const sig = this.articleSigs.of(a);
        if (m.articles.get(a.id) === sig) continue;
        docs.push({ id: a.id, sig, figureIds: figuresOf(a.id) });
      }
    }

    // Notes and highlights: diffed by their update stamps (a highlight also by its place and its article).
    for (const id of goneFrom(m.notes, data.notes)) drop('note', id, m.notes);
    for (const n of data.notes) {
      if (m.notes.get(n.id) === n.updated) continue;
      docs.push(noteToDoc(n));
      m.notes.set(n.id, n.updated);
    }
    for (const id of goneFrom(m.highlights, data.highlights)) drop('highlight', id, m.highlights);
    for (const h of data.highlights) {
      const meta = this.store.getMeta(h.articleId);
      const sig = highlightSig(h, meta && this.articleSigs.of(meta));
      if (m.highlights.get(h.id) === sig) continue;
      docs.push(highlightToDoc(h, meta));
      m.highlights.set(h.id, sig);
    }
    return { docs, removals };
  }

  /**
   * The documents of `docs` in order, a batch at a time, pending articles read from their bodies (the next batch is read
   * while this one is indexed); the manifest records an article once its body is read. A body gone missing is left
   * out, to be looked for again next time.
   */
  private async *documents(docs: (SearchDoc | PendingArticle)[], m: SearchManifest): AsyncGenerator<SearchDoc[]> {
    const { articleToDocs } = await searchCore();
    const read = (from: number) => Promise.all(docs.slice(from, from + BODIES_AT_ONCE).map((d) => (isPending(d) ? this.store.getArticle(d.id) : undefined)));
    let next = read(0);
    for (let from = 0; from < docs.length; from += BODIES_AT_ONCE) {
      const bodies = await next;
      if (from + BODIES_AT_ONCE < docs.length) next = read(from + BODIES_AT_ONCE);
      const batch: SearchDoc[] = [];
      bodies.forEach((article, i) => {
        const d = docs[from + i];
        if (!isPending(d)) {
          batch.push(d);
        } else if (!article) {
          this.articlesSeen.forget(); // not indexed: look again next time
        } else {
          batch.push(...articleToDocs(article, [d.figureIds]));
          m.articles.set(d.id, d.sig);
          m.articleFigures.set(d.id, d.figureIds.join(','));
        }
      });
      yield batch;
    }
  }

  private async readPhrases(): Promise<SavedPhrases | undefined> {
    return phrasesOf(await this.store.readCache<StoredPhrases>(SEARCH_PHRASES_CACHE));
  }

  /** Saved even from a read-only open (the CLI): the store keeps derived caches, so the next command loads them. */
  private schedulePersist(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.saving = this.saving.then(() => this.persist());
    }, PERSIST_DELAY_MS);
    this.timer.unref?.();
  }

  /**
   * The phrase signatures first, then the index that names them (by a shared stamp): a reader never pairs two saves.
   * What is saved is taken between two syncs, so that the manifest matches the index (it is copied; a saved form is
   * never changed), then written in parts (no one string of either) while searches go on.
   */
  private async persist(): Promise<void> {
    const taken = this.chain.then(() => {
      const saved = this.index?.save();
      return saved && this.manifest ? { ...saved, manifest: storeManifest(this.manifest) } : undefined;
    });
    this.chain = taken.catch(() => undefined);
    const { index, phrases, manifest } = (await taken) ?? {};
    if (!index || !manifest) return;
    try {
      if (phrases) await this.store.writeCacheParts(SEARCH_PHRASES_CACHE, phrasesJson(phrases));
      await this.store.writeCacheParts(SEARCH_CACHE, jsonParts({ manifest, index } satisfies Saved));
    } catch {
      // derived data: a failed save means a rebuild next time
    }
  }
}

export function createSearchFeature(deps: Deps): { service: SearchService; handlers: HandlersOf<typeof searchInputs> } {
  const service = new SearchService(deps);
  return {
    service,
    handlers: {
      search: async ({ q, limit, filters }) => ({ results: await service.search(q, { limit, filters }) }),
      suggest: ({ prefix }) => service.suggest(prefix),
    },
  };
}

function visibleFigures(figures: Figure[]): Map<string, Figure> {
  return new Map(figures.filter((f) => !f.hidden).map((f) => [f.id, f]));
}
