// A figure's neighbourhood: the figure and the figures named with it, heaviest ties first.

import type { Network, NetworkNode } from './types';

export interface Neighbourhood {
  centre: NetworkNode;
  neighbours: { node: NetworkNode; weight: number; sentences: number; paragraphs: number }[];
  more: number; // neighbours left out by `max`
}

export function neighbourhood(network: Network, figureId: string, max = 12): Neighbourhood | null {
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const centre = byId.get(figureId);
  if (!centre) return null;
  const all = network.edges
    .filter((e) => e.a === figureId || e.b === figureId)
    .map((e) => ({ node: byId.get(e.a === figureId ? e.b : e.a)!, weight: e.weight, sentences: e.sentences, paragraphs: e.paragraphs }))
    .filter((n) => n.node)
    .sort((x, y) => y.weight - x.weight || x.node.name.localeCompare(y.node.name));
  return { centre, neighbours: all.slice(0, max), more: Math.max(0, all.length - max) };
}
