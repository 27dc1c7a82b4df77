// buildNetwork: figures as nodes, co-mention in one sentence or paragraph as weighted edges, each edge with the
// passages behind it. Near-copies of one wire story count once: per copy group, the member with most weight counts.

import type { Span } from '../../shared/model';
import { sourceGroups } from '../compare/copies';
import { roleKind } from './roles';
import { spanAt } from './sentence-index';
import type { EdgePassage, Network, NetworkArticle, NetworkEdge, NetworkFigure, NetworkFilter, NetworkInput, NetworkMention, NetworkNode } from './types';

/** A paragraph where two figures are named in one sentence weighs this much; named only in the same paragraph: 1. */
export const SENTENCE_WEIGHT = 3;
export const PARAGRAPH_WEIGHT = 1;

export interface PairInArticle {
  weight: number;
  sentences: number;
  paragraphs: number;
  passages: Omit<EdgePassage, 'alsoIn'>[];
}

export function buildNetwork(input: NetworkInput, filter: NetworkFilter = {}): Network {
  const visible = visibleFigures(input.figures);
  const articles = selectArticles(input.articles, filter);
  const byArticle = mentionsByArticle(input.mentions, visible, articles);
  const groups = sourceGroups([...articles.keys()], input.copies);

  const edges = new Map<string, NetworkEdge>();
  for (const group of groups) {
    const pairs = new Map<string, { best: PairInArticle; articleId: string; also: string[] }>();
    for (const id of group) {
      const ms = byArticle.get(id);
      if (!ms) continue;
      for (const [key, pair] of pairsIn(articles.get(id)!, ms)) {
        const seen = pairs.get(key);
        if (!seen) pairs.set(key, { best: pair, articleId: id, also: [] });
        else if (pair.weight > seen.best.weight) pairs.set(key, { best: pair, articleId: id, also: [...seen.also, seen.articleId] });
        else seen.also.push(id);
      }
    }
    for (const [key, { best, also }] of pairs) {
      const [a, b] = key.split('\u0000');
      const edge = edges.get(key) ?? { a, b, weight: 0, sentences: 0, paragraphs: 0, passages: [] };
      edge.weight += best.weight;
      edge.sentences += best.sentences;
      edge.paragraphs += best.paragraphs;
      for (const p of best.passages) edge.passages.push({ ...p, alsoIn: also });
      edges.set(key, edge);
    }
  }

  let nodes = [...countNodes(groups, byArticle)].map(([id, c]) => nodeOf(visible.get(id)!, c.mentions, c.stories));
  nodes.sort((x, y) => y.mentions - x.mentions || y.stories - x.stories || x.name.localeCompare(y.name));
  const totalNodes = nodes.length;
  const totalEdges = edges.size;
  if (filter.maxNodes !== undefined) nodes = nodes.slice(0, Math.max(0, filter.maxNodes));
  const kept = new Set(nodes.map((n) => n.id));
  const minWeight = filter.minWeight ?? 1;
  const edgeList = [...edges.values()].filter((e) => e.weight >= minWeight && kept.has(e.a) && kept.has(e.b)).sort(heaviestFirst);
  return { nodes, edges: edgeList, totalNodes, totalEdges, articles: articles.size, stories: groups.length };
}

/** The network's edge order: heaviest first, then by figure ids. */
export function heaviestFirst(x: NetworkEdge, y: NetworkEdge): number {
  return y.weight - x.weight || x.a.localeCompare(y.a) || x.b.localeCompare(y.b);
}

export function visibleFigures(figures: NetworkFigure[]): Map<string, NetworkFigure> {
  return new Map(figures.filter((f) => !f.hidden).map((f) => [f.id, f]));
}

/** The visible figures' mentions in the given articles, per article. */
export function mentionsByArticle(mentions: NetworkMention[], visible: Map<string, unknown>, articles: { has(id: string): boolean }): Map<string, NetworkMention[]> {
  const byArticle = new Map<string, NetworkMention[]>();
  for (const m of mentions) {
    if (!visible.has(m.figureId) || !articles.has(m.articleId)) continue;
    const list = byArticle.get(m.articleId);
    if (list) list.push(m);
    else byArticle.set(m.articleId, [m]);
  }
  return byArticle;
}

/** Mentions and stories of every figure named in the groups' articles: per copy group, the member naming it most counts. */
export function countNodes(groups: string[][], byArticle: Map<string, NetworkMention[]>): Map<string, { mentions: number; stories: number }> {
  const mentions = new Map<string, number>();
  const stories = new Map<string, number>();
  for (const group of groups) {
    const most = new Map<string, number>();
    for (const id of group) {
      const counts = new Map<string, number>();
      for (const m of byArticle.get(id) ?? []) counts.set(m.figureId, (counts.get(m.figureId) ?? 0) + 1);
      for (const [f, n] of counts) most.set(f, Math.max(most.get(f) ?? 0, n));
    }
    for (const [f, n] of most) {
      mentions.set(f, (mentions.get(f) ?? 0) + n);
      stories.set(f, (stories.get(f) ?? 0) + 1);
    }
  }
  return new Map([...mentions].map(([id, n]) => [id, { mentions: n, stories: stories.get(id) ?? 0 }]));
}

function selectArticles(all: NetworkArticle[], filter: NetworkFilter): Map<string, NetworkArticle> {
  const ids = filter.articleIds?.length ? new Set(filter.articleIds) : null;
  const outlets = filter.outlets?.length ? new Set(filter.outlets) : null;
  const out = new Map<string, NetworkArticle>();
  for (const a of all) {
    if (ids && !ids.has(a.id)) continue;
    if (outlets && !outlets.has(a.outlet ?? '')) continue;
    out.set(a.id, a);
  }
  return out;
}

/** A figure's node: its mentions (near-copies of one story counted once) and stories. */
export function nodeOf(f: NetworkFigure, mentions: number, stories: number): NetworkNode {
  return { id: f.id, name: f.name, mentions, stories, ...roleKind(f.roles) };
}

/** Pairs of figures named together in one article, keyed "a\0b" with a < b; only those with `around` when given. */
export function pairsIn(article: NetworkArticle, mentions: NetworkMention[], around?: string): Map<string, PairInArticle> {
  const byParagraph = new Map<number, NetworkMention[]>();
  for (const m of mentions) {
    const p = Math.max(0, spanAt(article.paragraphs, m.start));
    const list = byParagraph.get(p);
    if (list) list.push(m);
    else byParagraph.set(p, [m]);
  }
  const out = new Map<string, PairInArticle>();
  for (const [p, ms] of byParagraph) {
    const figures = [...new Set(ms.map((m) => m.figureId))].sort();
    if (figures.length < 2 || (around !== undefined && !figures.includes(around))) continue;
    const sentencesOf = new Map<string, number[]>(); // figure -> sentence indices, ascending
    for (const m of [...ms].sort((x, y) => x.start - y.start)) {
      const s = spanAt(article.sentences, m.start);
      const list = sentencesOf.get(m.figureId);
      if (!list) sentencesOf.set(m.figureId, [s]);
      else if (list[list.length - 1] !== s) list.push(s);
    }
    const para: Span = article.paragraphs[p] ?? [Math.min(...ms.map((m) => m.start)), Math.max(...ms.map((m) => m.end))];
    for (let i = 0; i < figures.length; i++) {
      for (let j = i + 1; j < figures.length; j++) {
        const [a, b] = [figures[i], figures[j]];
        if (around !== undefined && a !== around && b !== around) continue;
        const shared = intersect(sentencesOf.get(a)!, sentencesOf.get(b)!);
        const entry = out.get(`${a}\u0000${b}`) ?? { weight: 0, sentences: 0, paragraphs: 0, passages: [] };
        entry.paragraphs += 1;
        if (shared.length) {
          entry.weight += SENTENCE_WEIGHT;
          entry.sentences += shared.length;
          for (const s of shared) {
            const [start, end] = article.sentences[s] ?? para;
            entry.passages.push({ articleId: article.id, start, end, paragraph: p + 1, kind: 'sentence' });
          }
        } else {
          entry.weight += PARAGRAPH_WEIGHT;
          entry.passages.push({ articleId: article.id, start: para[0], end: para[1], paragraph: p + 1, kind: 'paragraph' });
        }
        out.set(`${a}\u0000${b}`, entry);
      }
    }
  }
  return out;
}

/** Common values of two ascending lists. */
function intersect(x: number[], y: number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      out.push(x[i]);
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return out;
}
