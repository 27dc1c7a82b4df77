// The figures feature: per-article extraction cached by content id (figures-cache.ts, in worker threads at scale:
// figures-pool.ts), cross-article resolution with the stored curation decisions, figure pages, mentions for the
// reader, and curation itself.

import { randomUUID } from 'node:crypto';
import type { Analysis } from '../core/figures';
import type { LocalPerson } from '../core/figures/extract';
import type { Candidate } from '../core/figures/mentions';
import type { HandlersOf } from '../shared/contract/api';
import type { FigureDetail, FigureSummary, figureInputs, MentionInContext } from '../shared/contract/figures';
import type { Article, Decision, Figure, Mention } from '../shared/model';
import { UserError } from '../shared/result';
import { nowIso } from './context';
import { analysisKey, readAnalysis, readCandidates, readPeople, writeAnalysis, writeExtractions } from './figures-cache';
import { unpack, type PackedExtraction, type PackedJson } from './figures-packed';
import { extractMany, type ExtractOptions } from './figures-pool';
import { LARGE_JOB, releaseMemory } from './release-memory';
import type { BaseServices } from './index';
import { FIGURES_VERSION, findFigure } from '../core/figures/lookup';

/** The figures core carries name lexicons (~80 MB in memory): load it only when something is extracted here. */
let core: Promise<typeof import('../core/figures')> | undefined;
export function figuresCore(): Promise<typeof import('../core/figures')> {
  core ??= import('../core/figures');
  return core;
}
type DecisionInput = Decision extends infer D ? (D extends Decision ? Omit<D, 'id' | 'at'> : never) : never;

interface Memo {
  key: string;
  analysis: Analysis;
  byArticle: Map<string, Mention[]>;
  byFigure: Map<string, Mention[]>;
}

export class FigureService {
  /** Each article's people, packed; filled from the cache and by extraction, let go once resolved. */
  private people = new Map<string, PackedJson>();
  private cacheLoaded = false;
  private memo: Memo | undefined;
  private running: { key: string; done: Promise<Memo> } | undefined;

  /** `extract` options: tests pass `{ threads: 0 }` or a thread count. */
  constructor(readonly deps: BaseServices, private readonly extract: ExtractOptions = {}) {}

  /**
   * The current analysis of the whole notebook; recomputed only when articles or decisions change. A reopened
   * notebook reads the analysis cached for the same inputs; otherwise new articles are extracted (in worker threads
   * when there are many) and everything is resolved again.
   */
  async analysis(): Promise<Memo> {
    const { store } = this.deps.ctx;
    const ids = store.listArticles().map((a) => a.id);
    const decisions = store.data.decisions;
    const key = analysisKey(FIGURES_VERSION, ids, decisions.map((d) => d.id));
    if (this.memo?.key === key) return this.memo;
    if (this.running?.key !== key) {
      const done = this.compute(key, ids, decisions);
      this.running = { key, done };
      done.catch(() => undefined).finally(() => {
        if (this.running?.done === done) this.running = undefined;
      });
    }
    return this.running.done;
  }

  private async compute(key: string, ids: string[], decisions: readonly Decision[]): Promise<Memo> {
    const { store } = this.deps.ctx;
    let analysis = this.memo ? undefined : await readAnalysis(store, key);
    if (!analysis) {
      const extracted = await this.ensureExtracted(ids);
      // resolution needs no lexicons: its module stays apart from the extraction core
      const { resolveFrom } = await import('../core/figures/resolve');
      const candidates = decisions.some((d) => d.kind === 'add') ? await readCandidates(store, FIGURES_VERSION) : new Map<string, string>();
      const people = this.people;
      analysis = resolveFrom({
        ids,
        people: (id) => { const p = people.get(id); return p === undefined ? undefined : unpack<LocalPerson[]>(p); },
        candidates: (id) => { const c = candidates.get(id); return c === undefined ? [] : unpack<Candidate[]>(c); },
      }, [...decisions]);
      await writeAnalysis(store, key, analysis);
      // The extractions are cached on disk: let them go until articles or decisions change again (memory at 10k).
      this.people = new Map();
      this.cacheLoaded = false;
      if (extracted >= LARGE_JOB) releaseMemory();
    }
    const byArticle = groupBy(analysis.mentions, (m) => m.articleId);
    const byFigure = groupBy(analysis.mentions, (m) => m.figureId);
    this.memo = { key, analysis, byArticle, byFigure };
    return this.memo;
  }

  /** Fills `people` for `ids`, from the cache and by extraction; returns how many articles were extracted. */
  private async ensureExtracted(ids: string[]): Promise<number> {
    const { store } = this.deps.ctx;
    if (!this.cacheLoaded) {
      this.people = await readPeople(store, FIGURES_VERSION);
      this.cacheLoaded = true;
    }
    const missing = ids.filter((id) => !this.people.has(id));
    const fresh: PackedExtraction[] = [];
    await extractMany(missing, (id) => store.getArticle(id), (ex) => {
      fresh.push(ex);
      this.people.set(ex.articleId, ex.people);
    }, this.extract);
    if (fresh.length) await writeExtractions(store, FIGURES_VERSION, this.people, fresh, new Set(ids));
    return fresh.length;
  }

  async list(includeHidden = false): Promise<FigureSummary[]> {
    const { analysis, byFigure } = await this.analysis();
    return analysis.figures
      .filter((f) => includeHidden || !f.hidden)
      .map((f) => summarise(f, byFigure.get(f.id) ?? []))
      .sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || a.name.localeCompare(b.name));
  }

  /** A figure by id, former id, or any of its names. */
  async find(query: string): Promise<Figure | undefined> {
    return findFigure((await this.analysis()).analysis.figures, query);
  }

  async mentionsOf(figureId: string): Promise<Mention[]> {
    return (await this.analysis()).byFigure.get(figureId) ?? [];
  }

  async detail(query: string): Promise<FigureDetail> {
    const memo = await this.analysis();
    const figure = findFigure(memo.analysis.figures, query);
    if (!figure) throw new UserError(`No figure ${query}`, 404);
    const mentions = memo.byFigure.get(figure.id) ?? [];
    const names = new Map(memo.analysis.figures.map((f) => [f.id, f.name]));
    const byArticle: FigureDetail['byArticle'] = [];
    const related = new Map<string, number>();
    for (const [articleId, ms] of groupBy(mentions, (m) => m.articleId)) {
      const article = await this.deps.ctx.store.getArticle(articleId);
      if (!article) continue;
      byArticle.push({
        articleId, title: article.title, outlet: article.outlet, published: article.published,
        mentions: ms.sort((a, b) => a.start - b.start).map((m) => inContext(article, m)),
      });
      const paragraphs = new Set(ms.map((m) => paragraphOf(article, m.start)));
      const seen = new Set<string>();
      for (const other of memo.byArticle.get(articleId) ?? []) {
        if (other.figureId === figure.id || !paragraphs.has(paragraphOf(article, other.start))) continue;
        const k = `${other.figureId}@${paragraphOf(article, other.start)}`;
        if (seen.has(k)) continue;
        seen.add(k);
        related.set(other.figureId, (related.get(other.figureId) ?? 0) + 1);
      }
    }
    byArticle.sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.title.localeCompare(b.title));
    const verdicts = new Map<string, 'yes' | 'no' | 'unsure'>();
    for (const d of this.deps.ctx.store.data.decisions) if (d.kind === 'merge') verdicts.set(pairKey(d.a, d.b), d.verdict);
    const suggestions = memo.analysis.suggestions
      .filter((s) => s.a === figure.id || s.b === figure.id)
      .map((s) => {
        const otherId = s.a === figure.id ? s.b : s.a;
        return { otherId, otherName: names.get(otherId) ?? otherId, reason: s.reason, verdict: verdicts.get(pairKey(s.a, s.b)) ?? null };
      })
      .filter((s) => s.verdict !== 'no');
    return {
      figure: summarise(figure, mentions),
      byArticle,
      related: [...related].map(([id, count]) => ({ id, name: names.get(id) ?? id, count })).sort((a, b) => b.count - a.count),
      suggestions,
    };
  }

  async articleMentions(articleId: string): Promise<(Mention & { name: string })[]> {
    const memo = await this.analysis();
    const names = new Map(memo.analysis.figures.filter((f) => !f.hidden).map((f) => [f.id, f.name]));
    return (memo.byArticle.get(articleId) ?? [])
      .filter((m) => names.has(m.figureId))
      .map((m) => ({ ...m, name: names.get(m.figureId)! }))
      .sort((a, b) => a.start - b.start);
  }

  async decide(input: DecisionInput): Promise<{ decision: Decision; figureId: string | null }> {
    const known = (await this.analysis()).analysis.figures;
    const exists = (id: string) => known.some((f) => f.id === id || f.formerIds?.includes(id));
    for (const id of referencedIds(input)) if (!exists(id)) throw new UserError(`No figure ${id}`, 404);
    const decision = { ...input, id: randomUUID(), at: nowIso(this.deps.ctx) } as Decision;
    await this.deps.ctx.store.update((d) => {
      if (decision.kind === 'merge') d.decisions = d.decisions.filter((x) => !(x.kind === 'merge' && pairKey(x.a, x.b) === pairKey(decision.a, decision.b)));
      d.decisions.push(decision);
    });
    const after = (await this.analysis()).analysis.figures;
    const target =
      decision.kind === 'add' ? findFigure(after, decision.name)
      : decision.kind === 'split' ? findFigure(after, decision.alias)
      : decision.kind === 'merge' ? findFigure(after, decision.a)
      : findFigure(after, decision.figureKey);
    return { decision, figureId: target?.id ?? null };
  }

  async undo(id: string): Promise<{ removed: string }> {
    if (!this.deps.ctx.store.data.decisions.some((d) => d.id === id)) throw new UserError(`No decision ${id}`, 404);
    await this.deps.ctx.store.update((d) => {
      d.decisions = d.decisions.filter((x) => x.id !== id);
    });
    return { removed: id };
  }
}

export function createFigureFeature(deps: BaseServices): { service: FigureService; handlers: HandlersOf<typeof figureInputs> } {
  const service = new FigureService(deps);
  return {
    service,
    handlers: {
      listFigures: ({ includeHidden }) => service.list(includeHidden),
      getFigure: ({ id }) => service.detail(id),
      articleMentions: ({ articleId }) => service.articleMentions(articleId),
      decideFigure: (input) => service.decide(input as DecisionInput),
      listDecisions: async () => [...deps.ctx.store.data.decisions],
      undoDecision: ({ id }) => service.undo(id),
    },
  };
}

function summarise(f: Figure, mentions: Mention[]): FigureSummary {
  return {
    id: f.id, name: f.name, aliases: f.aliases, roles: f.roles, quotes: f.quotes,
    articles: [...new Set(mentions.map((m) => m.articleId))], mentions: mentions.length,
    confidence: f.confidence, origin: f.origin, hidden: !!f.hidden,
  };
}

function referencedIds(d: DecisionInput): string[] {
  if (d.kind === 'merge') return [d.a, d.b];
  if (d.kind === 'add') return [];
  return [d.figureKey];
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function paragraphOf(article: Pick<Article, 'paragraphs'>, offset: number): number {
  let lo = 0;
  let hi = article.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (article.paragraphs[mid][0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function inContext(article: Article, m: Mention): MentionInContext {
  const p = paragraphOf(article, m.start);
  const [ps, pe] = article.paragraphs[p - 1] ?? [0, article.text.length];
  const before = article.text.slice(Math.max(ps, m.start - 160), m.start);
  const after = article.text.slice(m.end, Math.min(pe, m.end + 160));
  return { ...m, paragraph: p, before, after };
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}
