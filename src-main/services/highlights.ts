// The highlights feature's use-cases over the notebook (create, edit, delete with undo, re-anchor on text change,
// export), and its handlers for the contract's highlights and notes methods.

import { randomUUID } from 'node:crypto';
import { anchor, anchorStatus, describe, prepareText, quoteSelector, type AnchorResult, type AnchorText } from '../core/anchoring';
import { highlightsToMarkdown, paragraphAt } from '../core/notes';
import { contentHash } from '../core/text/hash';
import type { HandlersOf } from '../shared/contract/api';
import type { HighlightView, highlightInputs } from '../shared/contract/highlights';
import type { Article, Highlight } from '../shared/model';
import { UserError } from '../shared/result';
import { nowIso } from './context';
import type { BaseServices } from './index';
import type { FigureService } from './figures';
import { NoteService } from './notes';

type Deps = BaseServices & { figures: FigureService };
export type HighlightPatch = Partial<Pick<Highlight, 'colour' | 'note' | 'figureIds' | 'tags'>>;
export interface HighlightFilter {
  articleId?: string;
  colour?: number;
  tag?: string;
  figureId?: string;
}

/** An article's text prepared for anchoring, with its content hash. */
interface PreparedArticle {
  article: Article;
  hash: string;
  text: AnchorText;
}

export class HighlightService {
  private prepared = new Map<string, PreparedArticle>();

  constructor(readonly deps: Deps) {}

  private get store() {
    return this.deps.ctx.store;
  }

  /** The article and its prepared text, recomputed only when the stored text changes. */
  private async prepare(articleId: string): Promise<PreparedArticle | undefined> {
    const article = await this.store.getArticle(articleId);
    if (!article) return undefined;
    const cached = this.prepared.get(articleId);
    if (cached && cached.article.text === article.text) return { ...cached, article };
    const entry = { article, hash: contentHash(article.text), text: prepareText(article.text) };
    this.prepared.set(articleId, entry);
    return entry;
  }

  /**
   * Highlights as views, in text order per article (orphans last). Highlights whose article text differs from the
   * one they were anchored on are re-anchored, and (unless `persist` is false) their new status is saved.
   */
  async list(filter: HighlightFilter = {}, persist = true): Promise<HighlightView[]> {
    let figureIds: Set<string> | undefined;
    if (filter.figureId) {
      const f = await this.deps.figures.find(filter.figureId);
      figureIds = new Set(f ? [f.id, ...(f.formerIds ?? [])] : [filter.figureId]);
    }
    const chosen = this.store.data.highlights.filter(
      (h) =>
        (!filter.articleId || h.articleId === filter.articleId) &&
        (filter.colour === undefined || h.colour === filter.colour) &&
        (!filter.tag || h.tags.includes(filter.tag)) &&
        (!figureIds || h.figureIds.some((id) => figureIds!.has(id))),
    );
    const byArticle = new Map<string, Highlight[]>();
    for (const h of chosen) byArticle.set(h.articleId, [...(byArticle.get(h.articleId) ?? []), h]);
    const out: HighlightView[] = [];
    const changes = new Map<string, Pick<Highlight, 'anchor' | 'textHash'>>();
    for (const [articleId, hs] of byArticle) {
      const p = await this.prepare(articleId);
      const views = hs.map((h) => {
        if (!p) return viewOf(h, null, undefined);
        const result = anchor(p.text, h.target);
        if (h.textHash !== p.hash) {
          const update = { anchor: anchorStatus(result), textHash: p.hash };
          changes.set(h.id, update);
          h = { ...h, ...update };
        }
        return viewOf(h, result, p.article);
      });
      out.push(...views.sort(textOrder));
    }
    if (persist && changes.size && !this.store.readOnly) {
      await this.store.update((d) => {
        for (const h of d.highlights) if (changes.has(h.id)) Object.assign(h, changes.get(h.id));
      });
    }
    return out;
  }

  async get(id: string): Promise<HighlightView> {
    const h = this.find(id);
    const view = (await this.list({ articleId: h.articleId })).find((v) => v.id === id);
    return view ?? viewOf(h, null, undefined);
  }

  async create(input: { articleId: string; start: number; end: number; colour: number; note?: string; figureIds?: string[]; tags?: string[] }): Promise<HighlightView> {
    const p = await this.prepare(input.articleId);
    if (!p) throw new UserError(`No article with id ${input.articleId}`, 404);
    if (input.end > p.article.text.length) throw new UserError(`The range ends after the article (${p.article.text.length} characters)`);
    if (!p.article.text.slice(input.start, input.end).trim()) throw new UserError('A highlight needs some words, not only spaces');
    const now = nowIso(this.deps.ctx);
    const h: Highlight = {
      id: randomUUID(), articleId: input.articleId, target: describe(p.article.text, input.start, input.end),
      colour: input.colour, note: input.note ?? '', figureIds: unique(input.figureIds ?? []), tags: unique(input.tags ?? []),
      anchor: { state: 'ok' }, textHash: p.hash, created: now, updated: now,
    };
    await this.store.update((d) => {
      d.highlights.push(h);
    });
    return viewOf(h, { start: input.start, end: input.end, score: 1 }, p.article);
  }

  async update(id: string, patch: HighlightPatch): Promise<HighlightView> {
    this.find(id);
    const now = nowIso(this.deps.ctx);
    await this.store.update((d) => {
      const h = d.highlights.find((x) => x.id === id)!;
      if (patch.colour !== undefined) h.colour = patch.colour;
      if (patch.note !== undefined) h.note = patch.note;
      if (patch.figureIds) h.figureIds = unique(patch.figureIds);
      if (patch.tags) h.tags = unique(patch.tags);
      h.updated = now;
    });
    return this.get(id);
  }

  /** Moves a highlight to the trash, from where `restore` brings it back. */
  async delete(id: string): Promise<{ deleted: string }> {
    const h = this.find(id);
    const quote = quoteSelector(h.target)?.exact ?? '';
    await this.store.update((d) => {
      d.highlights = d.highlights.filter((x) => x.id !== id);
      d.trash = d.trash.filter((t) => !(t.kind === 'highlight' && t.id === id));
      d.trash.push({ kind: 'highlight', id, title: quote.slice(0, 120), deletedAt: nowIso(this.deps.ctx), item: h });
    });
    return { deleted: id };
  }

  /** Re-anchors an article's highlights now; `fromArticleId` first moves another article's (an older version's) onto it. */
  async reanchor(articleId: string, fromArticleId?: string): Promise<{ ok: number; fuzzy: number; orphan: number; moved: number }> {
    if (!(await this.prepare(articleId))) throw new UserError(`No article with id ${articleId}`, 404);
    let moved = 0;
    await this.store.update((d) => {
      for (const h of d.highlights) {
        if (fromArticleId && h.articleId === fromArticleId && fromArticleId !== articleId) {
          h.articleId = articleId;
          moved++;
        }
        if (h.articleId === articleId) delete h.textHash; // forces a fresh anchoring below
      }
    });
    const views = await this.list({ articleId });
    const count = (s: string) => views.filter((v) => v.anchor.state === s).length;
    return { ok: count('ok'), fuzzy: count('fuzzy'), orphan: count('orphan'), moved };
  }

  async exportMarkdown(articleId: string): Promise<{ fileName: string; markdown: string }> {
    const p = await this.prepare(articleId);
    if (!p) throw new UserError(`No article with id ${articleId}`, 404);
    const views = await this.list({ articleId });
    const markdown = highlightsToMarkdown(
      p.article,
      views.map((v) => ({ highlight: v, quote: v.quote, start: v.start, end: v.end })),
      { colourNames: this.store.data.settings.colourNames, exportedAt: nowIso(this.deps.ctx) },
    );
    const base = p.article.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'article';
    return { fileName: `${base}-highlights.md`, markdown };
  }

  private find(id: string): Highlight {
    const h = this.store.data.highlights.find((x) => x.id === id);
    if (!h) throw new UserError(`No highlight ${id}`, 404);
    return h;
  }
}

function viewOf(h: Highlight, result: AnchorResult | null, article: Article | undefined): HighlightView {
  const placed = result && !('orphan' in result) ? result : null;
  const quote = placed && article ? article.text.slice(placed.start, placed.end) : (quoteSelector(h.target)?.exact ?? '');
  return {
    ...h,
    anchor: article ? h.anchor : { state: 'orphan', score: 0 },
    quote,
    start: placed?.start ?? null,
    end: placed?.end ?? null,
    paragraph: placed && article ? paragraphAt(article, placed.start) : null,
    articleTitle: article?.title ?? '',
  };
}

function textOrder(a: HighlightView, b: HighlightView): number {
  if (a.start === null || b.start === null) return (a.start === null ? 1 : 0) - (b.start === null ? 1 : 0) || a.created.localeCompare(b.created);
  return a.start - b.start || b.end! - a.end! || a.created.localeCompare(b.created);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export function createHighlightFeature(deps: Deps): { service: HighlightService; notes: NoteService; handlers: HandlersOf<typeof highlightInputs> } {
  const service = new HighlightService(deps);
  const notes = new NoteService(deps, service);
  return {
    service,
    notes,
    handlers: {
      listHighlights: (filter) => service.list(filter),
      createHighlight: (input) => service.create(input),
      updateHighlight: ({ id, patch }) => service.update(id, patch),
      deleteHighlight: ({ id }) => service.delete(id),
      reanchorHighlights: ({ articleId, fromArticleId }) => service.reanchor(articleId, fromArticleId),
      exportHighlights: ({ articleId }) => service.exportMarkdown(articleId),
      listNotes: async ({ tag }) => notes.list(tag),
      getNote: ({ id }) => notes.detail(id),
      createNote: (input) => notes.create(input),
      updateNote: ({ id, patch }) => notes.update(id, patch),
      deleteNote: ({ id }) => notes.delete(id),
      backlinks: ({ kind, id }) => notes.backlinks(kind, id),
      linkTargets: () => notes.linkTargets(),
    },
  };
}
