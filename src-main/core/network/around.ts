// One figure's neighbourhood without the whole network: the nodes are counted once from the mentions alone, and a
// figure's ties are read from the articles that name it, so only their shapes are needed. The result equals
// neighbourhood(buildNetwork(input), figureId, max) over articles that all have shapes.

import { sourceGroups } from '../compare/copies';
import { countNodes, heaviestFirst, mentionsByArticle, nodeOf, pairsIn, visibleFigures, type PairInArticle } from './build';
import { neighbourhood, type Neighbourhood } from './neighbourhood';
import type { NetworkArticle, NetworkEdge, NetworkFigure, NetworkMention, NetworkNode } from './types';

/** What every figure's neighbourhood reads, computed once for a notebook state. */
export interface NetworkIndex {
  byArticle: Map<string, NetworkMention[]>; // the visible figures' mentions, per article
  groupOf: Map<string, number>; // article id -> index of its copy group in `groups`
  groups: string[][]; // copy groups, in sourceGroups order
  counts: Map<string, { mentions: number; stories: number }>; // per figure named, as its node shows them
  visible: Map<string, NetworkFigure>;
  naming: Map<string, string[]>; // figure id -> the articles naming it, in article order
}

export interface NetworkIndexInput {
  figures: NetworkFigure[];
  mentions: NetworkMention[];
  articleIds: string[]; // every article of the network, in the order buildNetwork would get them
  copies: Record<string, string[]>;
}

export function indexNetwork(input: NetworkIndexInput): NetworkIndex {
  const visible = visibleFigures(input.figures);
  const byArticle = mentionsByArticle(input.mentions, visible, new Set(input.articleIds));
  const groups = sourceGroups(input.articleIds, input.copies);
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((id) => groupOf.set(id, i)));
  const naming = new Map<string, string[]>();
  for (const id of input.articleIds) {
    for (const f of new Set((byArticle.get(id) ?? []).map((m) => m.figureId))) {
      const list = naming.get(f);
      if (list) list.push(id);
      else naming.set(f, [id]);
    }
  }
  return { byArticle, groupOf, groups, counts: countNodes(groups, byArticle), visible, naming };
}

/** The figure's node as buildNetwork gives it; undefined when no article names it. */
function nodeIn(index: NetworkIndex, figureId: string): NetworkNode | undefined {
  const c = index.counts.get(figureId);
  return c && nodeOf(index.visible.get(figureId)!, c.mentions, c.stories);
}

/**
 * The figure and the figures named with it, heaviest ties first (see neighbourhood); null when it is no node.
 * `shapeOf` is asked for the articles in `index.naming.get(figureId)` only.
 */
export function figureNeighbourhood(
  index: NetworkIndex,
  shapeOf: (articleId: string) => NetworkArticle | undefined,
  figureId: string,
  max = 12,
): Neighbourhood | null {
  const centre = nodeIn(index, figureId);
  if (!centre) return null;
  const naming = new Set(index.naming.get(figureId) ?? []);
  const groups = [...new Set([...naming].map((id) => index.groupOf.get(id)!))].sort((a, b) => a - b);
  const edges = new Map<string, NetworkEdge>();
  for (const g of groups) {
    const best = new Map<string, PairInArticle>(); // per pair, the member where it weighs most (the first on a tie)
    for (const id of index.groups[g]) {
      const shape = naming.has(id) ? shapeOf(id) : undefined;
      if (!shape) continue;
      for (const [key, pair] of pairsIn(shape, index.byArticle.get(id)!, figureId)) {
        const seen = best.get(key);
        if (!seen || pair.weight > seen.weight) best.set(key, pair);
      }
    }
    for (const [key, pair] of best) {
      const [a, b] = key.split('\u0000');
      const edge = edges.get(key) ?? { a, b, weight: 0, sentences: 0, paragraphs: 0, passages: [] };
      edge.weight += pair.weight;
      edge.sentences += pair.sentences;
      edge.paragraphs += pair.paragraphs;
      edges.set(key, edge);
    }
  }
  const edgeList = [...edges.values()].sort(heaviestFirst);
  const nodes = [centre, ...edgeList.map((e) => nodeIn(index, e.a === figureId ? e.b : e.a)).filter((n): n is NetworkNode => !!n)];
  return neighbourhood({ nodes, edges: edgeList, totalNodes: nodes.length, totalEdges: edgeList.length, articles: naming.size, stories: groups.length }, figureId, max);
}
