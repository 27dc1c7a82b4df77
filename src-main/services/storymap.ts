// The story map feature: the figure network and the timeline over the notebook's figure analysis. Per-article
// shapes (sentence spans and date expressions) are computed once (in worker threads for many articles), held packed
// and cached by article id; the network and the timeline are then assembled in memory and memoised until articles,
// figures, copies, dates or edits change. A dossier's part (one figure's neighbourhood and events) needs only the
// shapes of the copy groups naming the figure, unless its relative dates are read against the notebook-wide
// reference (then every article's dates are read once).

import type { Neighbourhood, NetworkIndex } from '../core/network';
import type { Network, NetworkArticle, NetworkFilter } from '../core/network/types';
import { contentHash } from '../core/text/hash';
import type { Reference, TimelineEvent } from '../core/timeline/types';
import type { HandlersOf } from '../shared/contract/api';
import type { CitedPassage, StoryFacets, storyMapInputs, TimelineEntry } from '../shared/contract/storymap';
import type { Figure } from '../shared/model';
import { UserError } from '../shared/result';
import { jsonParts } from '../store/json-parts';
import { LARGE_JOB, releaseMemory } from './release-memory';
import { type PackedShape, packedShapes, type ShapeInput, shapeInput } from './storymap-shape';
import { type Shape, type ShapesCacheFile, ShapeStore } from './storymap-shapes';
import { runBatches, threadsFor, workerEntry } from './worker-pool';
import type { TimelineEdit } from '../store/types';
import type { FigureService } from './figures';
import type { BaseServices } from './index';

const CACHE = 'storymap-shapes';
const SHAPES_VERSION = 'storymap-4'; // 4: packed (base64 of deflated JSON per article)

type Deps = BaseServices & { figures: FigureService };

/** What a figure's dossier shows of the story map. */
export interface DossierStoryMapPart {
  neighbourhood: Neighbourhood | null;
  events: TimelineEvent[];
}

interface Memo {
  key: object[];
  metaKey: string; // the articles' dates and outlets (references and outlet filters read them)
  editsKey: string;
  network: Map<string, Network>;
  timeline?: TimelineEvent[];
  index?: NetworkIndex; // for one figure's neighbourhood
  notebookReference?: Reference | null; // undefined: not computed yet
  dossiers: Map<string, DossierStoryMapPart>; // figure id -> its part, the latest last
}

/** Figures whose dossier parts are kept (a few dossiers are looked at in turn; an export of all passes through). */
const MAX_DOSSIER_PARTS = 16;
/** From this many articles without a shape, shapes are computed in worker threads (one per core, at most 4). */
const MIN_FOR_WORKERS = 200;
/** Old-generation cap of a shapes worker: chrono-node and one batch of articles. */
const WORKER_HEAP_MB = 128;
type Cores = [typeof import('../core/network'), typeof import('../core/timeline')];

/** chrono-node and the cores load on first use, so quick CLI commands stay quick. */
let cores: Promise<Cores> | undefined;
const loadCores = () => (cores ??= Promise.all([import('../core/network'), import('../core/timeline')]));

export class StoryMapService {
  private shapes = new ShapeStore();
  private cacheLoaded = false;
  private memo: Memo | undefined;

  constructor(private readonly deps: Deps) {}

  /** The figure network of the notebook (or of the articles and outlets in the filter). */
  async network(filter: NetworkFilter = {}): Promise<Network> {
    const memo = await this.current();
    const key = JSON.stringify([filter.articleIds ?? [], filter.outlets ?? [], filter.minWeight ?? 1, filter.maxNodes ?? 0]);
    const known = memo.network.get(key);
    if (known) return known;
    await this.ensureShapes();
    const [{ buildNetwork }] = await loadCores();
    const { analysis } = await this.deps.figures.analysis();
    const articles: NetworkArticle[] = [];
    for (const meta of this.deps.ctx.store.listArticles()) {
      const shape = this.shapes.get(meta.id);
      if (shape) articles.push({ id: meta.id, outlet: meta.outlet, paragraphs: shape.paragraphs, sentences: shape.sentences });
    }
    const network = buildNetwork(
      { figures: networkFigures(analysis.figures), mentions: analysis.mentions, articles, copies: await this.deps.copies.copiesById() },
      filter,
    );
    if (memo.network.size > 50) memo.network.clear();
    memo.network.set(key, network);
    return network;
  }

  /** The passages that connect two figures, with their words and citations. */
  async edgePassages(a: string, b: string, filter: NetworkFilter = {}): Promise<CitedPassage[]> {
    const network = await this.network({ ...filter, minWeight: 1, maxNodes: undefined });
    const [x, y] = a < b ? [a, b] : [b, a];
    const edge = network.edges.find((e) => e.a === x && e.b === y);
    if (!edge) return [];
    const { store } = this.deps.ctx;
    const texts = new Map<string, string>();
    const out: CitedPassage[] = [];
    for (const p of edge.passages.slice(0, 200)) {
      if (!texts.has(p.articleId)) texts.set(p.articleId, (await store.getArticle(p.articleId))?.text ?? '');
      const meta = store.getMeta(p.articleId);
      out.push({
        articleId: p.articleId, title: meta?.title ?? p.articleId, outlet: meta?.outlet ?? null, published: meta?.published ?? null,
        paragraph: p.paragraph, start: p.start, end: p.end, text: texts.get(p.articleId)!.slice(p.start, p.end), kind: p.kind,
        alsoIn: p.alsoIn.map((id) => ({ articleId: id, title: store.getMeta(id)?.title ?? id })),
        href: articleHref(p.articleId, p.start, p.end),
      });
    }
    return out;
  }

  async facets(): Promise<StoryFacets> {
    const metas = this.deps.ctx.store.listArticles();
    const outlets = new Map<string, number>();
    for (const m of metas) if (m.outlet) outlets.set(m.outlet, (outlets.get(m.outlet) ?? 0) + 1);
    return {
      outlets: [...outlets].map(([outlet, articles]) => ({ outlet, articles })).sort((p, q) => q.articles - p.articles || p.outlet.localeCompare(q.outlet)),
      articles: metas.map((m) => ({ id: m.id, title: m.title, outlet: m.outlet })),
    };
  }

  /** Every event (or a figure's), dismissed ones included when asked. */
  async events(opts: { figureId?: string; includeDismissed?: boolean } = {}): Promise<TimelineEvent[]> {
    const memo = await this.current();
    if (!memo.timeline) {
      await this.ensureShapes();
      const [, { buildTimeline }] = await loadCores();
      const { analysis } = await this.deps.figures.analysis();
      const articles = this.deps.ctx.store.listArticles().flatMap((m) => {
        const shape = this.shapes.get(m.id);
        return shape ? [{ id: m.id, published: m.published, expressions: shape.dates, sourceDate: shape.sourceDate }] : [];
      });
      memo.timeline = buildTimeline(
        { articles, mentions: analysis.mentions, copies: await this.deps.copies.copiesById(), edits: this.edits(), hiddenFigures: new Set(analysis.figures.filter((f) => f.hidden).map((f) => f.id)) },
        { includeDismissed: true },
      );
    }
    return memo.timeline.filter((e) => (opts.includeDismissed || !e.dismissed) && (!opts.figureId || e.figureIds.includes(opts.figureId)));
  }

  /** The timeline with citations and figure names, for the app and the CLI. */
  async timeline(opts: { figure?: string; includeDismissed?: boolean; limit?: number } = {}): Promise<TimelineEntry[]> {
    let figureId: string | undefined;
    if (opts.figure) {
      const f = await this.deps.figures.find(opts.figure);
      if (!f) throw new UserError(`No figure ${opts.figure}`, 404);
      figureId = f.id;
    }
    const events = (await this.events({ figureId, includeDismissed: opts.includeDismissed })).slice(0, opts.limit ?? Infinity);
    const { analysis } = await this.deps.figures.analysis();
    const names = new Map(analysis.figures.map((f) => [f.id, f.name]));
    const { store } = this.deps.ctx;
    const shapes = new Map<string, Shape | undefined>(); // unpacked once per article of the events
    return events.map((e) => {
      const meta = store.getMeta(e.articleId);
      if (!shapes.has(e.articleId)) shapes.set(e.articleId, this.shapes.get(e.articleId));
      const shape = shapes.get(e.articleId);
      const paragraph = shape ? Math.max(0, shape.paragraphs.findIndex(([s, end]) => e.sentence[0] >= s && e.sentence[0] < end)) + 1 : 1;
      return {
        ...e, title: meta?.title ?? e.articleId, outlet: meta?.outlet ?? null, paragraph,
        href: articleHref(e.articleId, e.sentence[0], e.sentence[1]),
        figures: e.figureIds.map((id) => ({ id, name: names.get(id) ?? id })),
      };
    });
  }

  /** Records a correction or dismissal (one per event; a later one replaces it). */
  async editEvent(edit: TimelineEdit): Promise<{ eventKey: string; date: string | null; end: string | null; dismissed: boolean }> {
    const all = await this.events({ includeDismissed: true });
    if (!all.some((e) => e.key === edit.eventKey)) throw new UserError(`No timeline event ${edit.eventKey}`, 404);
    const previous = this.edits().find((e) => e.eventKey === edit.eventKey);
    const merged: TimelineEdit = { eventKey: edit.eventKey };
    const date = edit.date === undefined ? previous?.date : edit.date;
    const end = edit.end === undefined ? (edit.date === undefined ? previous?.end : null) : edit.end;
    const dismissed = edit.dismissed ?? previous?.dismissed ?? false;
    if (date) merged.date = date;
    if (date && end && end >= date) merged.end = end;
    if (dismissed) merged.dismissed = true;
    await this.deps.ctx.store.update((d) => {
      const rest = (d.timelineEdits ?? []).filter((e) => e.eventKey !== edit.eventKey);
      d.timelineEdits = merged.date || merged.dismissed ? [...rest, merged] : rest;
    });
    return { eventKey: edit.eventKey, date: merged.date ?? null, end: merged.date ? (merged.end ?? merged.date) : null, dismissed: !!merged.dismissed };
  }

  /**
   * What a figure's dossier shows of the story map: its neighbourhood and its timeline, as the whole network and
   * timeline would give them, read from the copy groups that name the figure. Memoised per figure.
   */
  async forDossier(figureId: string): Promise<DossierStoryMapPart> {
    const memo = await this.current();
    const known = memo.dossiers.get(figureId);
    if (known) return known;
    const [{ figureNeighbourhood, indexNetwork }, { buildTimeline, figureNeedsNotebookReference, notebookReference }] = await loadCores();
    const { analysis, byArticle } = await this.deps.figures.analysis();
    const copies = await this.deps.copies.copiesById();
    const metas = this.deps.ctx.store.listArticles();
    const index = (memo.index ??= indexNetwork({ figures: networkFigures(analysis.figures), mentions: analysis.mentions, articleIds: metas.map((m) => m.id), copies }));
    const groups = new Set((index.naming.get(figureId) ?? []).map((id) => index.groupOf.get(id)));
    const needed = metas.filter((m) => groups.has(index.groupOf.get(m.id)));
    await this.ensureShapes(needed.map((m) => m.id));

    const input = {
      articles: [...this.timelineArticles(needed)],
      mentions: needed.flatMap((m) => byArticle.get(m.id) ?? []),
      copies,
      edits: this.edits(),
      hiddenFigures: new Set(analysis.figures.filter((f) => f.hidden).map((f) => f.id)),
      notebookReference: null as Reference | null,
    };
    if (figureNeedsNotebookReference(input, figureId)) {
      if (memo.notebookReference === undefined) {
        await this.ensureShapes();
        memo.notebookReference = notebookReference(this.timelineArticles(metas)); // unpacked one article at a time
      }
      input.notebookReference = memo.notebookReference;
    }
    const networkShape = (id: string): NetworkArticle | undefined => {
      const shape = this.shapes.get(id);
      return shape && { id, outlet: this.deps.ctx.store.getMeta(id)?.outlet ?? null, paragraphs: shape.paragraphs, sentences: shape.sentences };
    };
    const part = { neighbourhood: figureNeighbourhood(index, networkShape, figureId, 12), events: buildTimeline(input, { figureId }) };
    if (memo.dossiers.size >= MAX_DOSSIER_PARTS) memo.dossiers.delete(memo.dossiers.keys().next().value!);
    memo.dossiers.set(figureId, part);
    return part;
  }

  private *timelineArticles(metas: readonly { id: string; published: string | null }[]) {
    for (const m of metas) {
      const shape = this.shapes.get(m.id);
      if (shape) yield { id: m.id, published: m.published, expressions: shape.dates, sourceDate: shape.sourceDate };
    }
  }

  private edits(): TimelineEdit[] {
    return this.deps.ctx.store.data.timelineEdits ?? [];
  }

  /** The memo for the present state (articles, figure analysis, copies, dates and outlets, edits). */
  private async current(): Promise<Memo> {
    const analysis = await this.deps.figures.analysis();
    const copies = await this.deps.copies.copiesById();
    const editsKey = JSON.stringify(this.edits());
    const metaKey = contentHash(this.deps.ctx.store.listArticles().map((m) => `${m.id}\u0000${m.published ?? ''}\u0000${m.outlet ?? ''}`).join('\u0001'));
    const key = [analysis, copies];
    if (this.memo && this.memo.metaKey === metaKey && this.memo.key.every((k, i) => k === key[i])) {
      if (this.memo.editsKey !== editsKey) {
        this.memo.timeline = undefined;
        this.memo.dossiers.clear();
        this.memo.editsKey = editsKey;
      }
      return this.memo;
    }
    this.memo = { key, metaKey, editsKey, network: new Map(), dossiers: new Map() };
    return this.memo;
  }

  /** Shapes for the articles `only` (default: every article), computed for those the cache lacks. */
  private async ensureShapes(only?: string[]): Promise<void> {
    const { store } = this.deps.ctx;
    if (!this.cacheLoaded) {
      this.shapes.load(await store.readCache<ShapesCacheFile>(CACHE), SHAPES_VERSION);
      this.cacheLoaded = true;
    }
    const ids = store.listArticles().map((a) => a.id);
    const missing = (only ?? ids).filter((id) => !this.shapes.has(id));
    if (!missing.length) return;
    // chrono reads every sentence with a date-like word: ~2.5 ms an article, so a whole notebook goes to the cores
    const threads = threadsFor(missing.length, MIN_FOR_WORKERS);
    await runBatches<ShapeInput, PackedShape>({
      what: 'story-map shapes', ids: missing, threads, batch: 25, heapMb: WORKER_HEAP_MB,
      entry: threads > 0 ? workerEntry('storymap-worker', import.meta.url) : undefined,
      load: async (id) => {
        const article = await store.getArticle(id);
        return article && shapeInput(article);
      },
      inThread: packedShapes,
      onResult: ({ id, packed }) => this.shapes.setPacked(id, packed),
    });
    await store.writeCacheParts(CACHE, jsonParts(this.shapes.toFile(ids, SHAPES_VERSION))); // ~15 MB at 10k
    if (missing.length >= LARGE_JOB) releaseMemory(); // every article read once: its garbage, collected now
  }
}

function networkFigures(figures: Figure[]) {
  return figures.map((f) => ({ id: f.id, name: f.name, hidden: f.hidden, roles: f.roles.map((r) => r.text) }));
}

function articleHref(id: string, start: number, end: number): string {
  return `#/article/${encodeURIComponent(id)}?at=${start}-${end}`;
}

export function createStoryMapFeature(deps: Deps): { service: StoryMapService; handlers: HandlersOf<typeof storyMapInputs> } {
  const service = new StoryMapService(deps);
  return {
    service,
    handlers: {
      storyNetwork: (filter) => service.network(filter),
      edgePassages: ({ a, b, ...filter }) => service.edgePassages(a, b, filter),
      storyFacets: () => service.facets(),
      storyTimeline: ({ figure, includeDismissed, limit }) => service.timeline({ figure, includeDismissed, limit }),
      editTimelineEvent: (edit) => service.editEvent(edit),
    },
  };
}
