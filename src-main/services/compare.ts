// The compare feature: two articles aligned passage by passage, and what each source says about a figure, copies
// grouped as one source, with the statements lined up across sources.

import { alignClaims, alignTexts, differencesFromClosest, sourceGroups } from '../core/compare';
import { splitSentences } from '../core/text/sentences';
import type { HandlersOf } from '../shared/contract/api';
import type {
  ArticleComparison, ClaimVersion, ComparedArticle, compareInputs, FigureAcrossSources, FigureSource,
} from '../shared/contract/compare';
import type { Article, Mention, Span } from '../shared/model';
import { UserError } from '../shared/result';
import type { FigureService } from './figures';
import type { BaseServices } from './index';

type Deps = BaseServices & { figures: FigureService };

/** Alignments are cheap but not free: the last few are kept, keyed by the two content ids. */
const MEMO_SIZE = 8;

export class CompareService {
  private memo = new Map<string, Pick<ArticleComparison, 'similarity' | 'passages'>>();

  constructor(readonly deps: Deps) {}

  /** The notebook article with this id, or with this unique id prefix. */
  resolveId(idOrPrefix: string): string {
    const all = this.deps.ctx.store.listArticles();
    if (all.some((a) => a.id === idOrPrefix)) return idOrPrefix;
    const matches = all.filter((a) => a.id.startsWith(idOrPrefix));
    if (matches.length === 1) return matches[0].id;
    throw new UserError(matches.length ? `Id ${idOrPrefix} is ambiguous` : `No article with id ${idOrPrefix}`, 404);
  }

  /** Aligns two notebook articles (ids or unique prefixes). */
  async compareArticles(a: string, b: string): Promise<ArticleComparison> {
    const ida = this.resolveId(a);
    const idb = this.resolveId(b);
    const [x, y] = await Promise.all([this.article(ida), this.article(idb)]);
    const copies = ((await this.deps.copies.copiesById())[ida] ?? []).includes(idb);
    const key = `${ida}|${idb}`; // ids are content hashes: the texts behind a key never change
    let aligned = this.memo.get(key);
    if (!aligned) {
      aligned = alignTexts(x.text, y.text);
      this.memo.set(key, aligned);
      if (this.memo.size > MEMO_SIZE) this.memo.delete(this.memo.keys().next().value!);
    }
    return { similarity: aligned.similarity, copies, a: sideOf(x), b: sideOf(y), passages: aligned.passages };
  }

  /** What each source says about a figure: roles and the sentences that name it, lined up across sources. */
  async figureAcrossSources(query: string): Promise<FigureAcrossSources> {
    const { figures, copies, ctx } = this.deps;
    const figure = await figures.find(query);
    if (!figure || figure.hidden) throw new UserError(`No figure ${query}`, 404);
    const mentions = await figures.mentionsOf(figure.id);
    const byArticle = new Map<string, Mention[]>();
    for (const m of mentions) (byArticle.get(m.articleId) ?? byArticle.set(m.articleId, []).get(m.articleId)!).push(m);
    const articles: Article[] = [];
    for (const id of byArticle.keys()) {
      const art = await ctx.store.getArticle(id);
      if (art) articles.push(art);
    }
    articles.sort((p, q) => (p.published ?? '9999').localeCompare(q.published ?? '9999') || p.title.localeCompare(q.title));
    const groups = sourceGroups(articles.map((a) => a.id), await copies.copiesById());
    const byId = new Map(articles.map((a) => [a.id, a]));
    // each source's claims: the sentences naming the figure; a copy adds only what its group's first article lacks
    const claims: ClaimVersion[][] = groups.map((ids) => {
      const perArticle = ids.map((id) => claimSentences(byId.get(id)!, byArticle.get(id) ?? []));
      if (perArticle.length === 1) return perArticle[0];
      const rows = alignClaims(perArticle.map((list) => list.map((c) => c.text)));
      return rows.map((r) => {
        const k = r.cells.findIndex((c) => c !== null);
        return perArticle[k][r.cells[k]!.claim];
      });
    });
    const rows = alignClaims(claims.map((list) => list.map((c) => c.text))).map((r) => ({
      cells: r.cells.map((c, s) => (c ? { ...claims[s][c.claim], marks: c.marks } : null)),
    }));
    const rolesOf = groups.map((ids) => {
      const seen = new Set<string>();
      return figure.roles.filter((r) => ids.includes(r.articleId) && !seen.has(roleKey(r.text)) && !!seen.add(roleKey(r.text)));
    });
    const sources: FigureSource[] = groups.map((ids, s) => {
      const members = ids.map((id) => byId.get(id)!);
      const outlets = [...new Set(members.map((a) => a.outlet).filter((o): o is string => !!o))];
      const others = rolesOf.flatMap((list, t) => (t === s ? [] : list.map((r) => r.text)));
      const roles = rolesOf[s].map((r) => ({
        text: r.text, articleId: r.articleId, start: r.start, end: r.end,
        elsewhere: others.some((o) => roleKey(o) === roleKey(r.text)),
        marks: differencesFromClosest(r.text, others).marks,
      }));
      return {
        label: outlets.length ? outlets.join(' / ') : members[0].title,
        articles: members.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, published: a.published })),
        roles,
        mentions: ids.reduce((n, id) => n + (byArticle.get(id)?.length ?? 0), 0),
      };
    });
    return { figure: { id: figure.id, name: figure.name }, sources, rows };
  }

  private async article(id: string): Promise<Article> {
    const article = await this.deps.ctx.store.getArticle(id);
    if (!article) throw new UserError(`No article with id ${id}`, 404);
    return article;
  }
}

/** Aligns two texts (notebook articles or files read for the CLI); `copies` is left false. */
export function compareTexts(a: ComparedArticle, b: ComparedArticle): ArticleComparison {
  const { similarity, passages } = alignTexts(a.text, b.text);
  return { similarity, copies: false, a, b, passages };
}

function sideOf(a: Article): ComparedArticle {
  return { id: a.id, title: a.title, outlet: a.outlet, published: a.published, text: a.text, paragraphs: a.paragraphs };
}

/** The sentences of `article` that hold a mention, each once, in text order. */
function claimSentences(article: Article, mentions: Mention[]): ClaimVersion[] {
  const out: ClaimVersion[] = [];
  const seen = new Set<number>();
  for (const m of [...mentions].sort((p, q) => p.start - q.start)) {
    const [s, e] = sentenceAround(article, m.start);
    if (seen.has(s)) continue;
    seen.add(s);
    out.push({ articleId: article.id, start: s, end: e, text: article.text.slice(s, e), marks: [] });
  }
  return out;
}

function sentenceAround(article: Article, offset: number): Span {
  const para = article.paragraphs.find(([s, e]) => s <= offset && offset < e) ?? [0, article.text.length];
  return splitSentences(article.text, para[0], para[1]).find(([s, e]) => s <= offset && offset < e) ?? para;
}

function roleKey(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/^(the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();
}

export function createCompareFeature(deps: Deps): { service: CompareService; handlers: HandlersOf<typeof compareInputs> } {
  const service = new CompareService(deps);
  return {
    service,
    handlers: {
      compareArticles: ({ a, b }) => service.compareArticles(a, b),
      figureAcrossSources: ({ figure }) => service.figureAcrossSources(figure),
    },
  };
}
