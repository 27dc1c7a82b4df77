// Types of the figure network: who is named with whom, how often, and the passages that connect them.

import type { Span } from '../../shared/model';

/** A figure's kind of role, for colour: derived from the words of its roles (see roles.ts). */
export type RoleKind = 'diplomat' | 'official' | 'military' | 'commentator' | 'journalist' | 'activist' | 'other';

export interface NetworkFigure {
  id: string;
  name: string;
  roles: string[]; // role texts ("Syria's ambassador to Iraq")
  hidden?: boolean;
}

export interface NetworkMention {
  figureId: string;
  articleId: string;
  start: number;
  end: number;
}

/** What the network reads of an article: no text, only its shape (paragraph and sentence spans). */
export interface NetworkArticle {
  id: string;
  outlet: string | null;
  paragraphs: Span[];
  sentences: Span[]; // every sentence of the article, in order (see sentenceIndex)
}

export interface NetworkInput {
  figures: NetworkFigure[];
  mentions: NetworkMention[];
  articles: NetworkArticle[];
  copies: Record<string, string[]>; // article id -> ids of its near-copies
}

export interface NetworkFilter {
  articleIds?: string[]; // only these articles (empty or missing: all)
  outlets?: string[]; // only articles from these outlets (empty or missing: all)
  minWeight?: number; // edges lighter than this are left out (default 1)
  maxNodes?: number; // keep the top N figures by mentions (default: all)
}

export interface NetworkNode {
  id: string;
  name: string;
  mentions: number; // near-copies of one story counted once
  stories: number; // distinct stories (copy groups) that name the figure
  kind: RoleKind;
  role: string | null; // the role the kind was read from, for a tooltip
}

/** A place that connects two figures: the sentence naming both, or the paragraph when no sentence does. */
export interface EdgePassage {
  articleId: string;
  start: number;
  end: number;
  paragraph: number; // 1-based
  kind: 'sentence' | 'paragraph';
  alsoIn: string[]; // near-copies of the article where the two are named together too
}

export interface NetworkEdge {
  a: string; // a < b
  b: string;
  weight: number;
  sentences: number; // passages where both are named in one sentence
  paragraphs: number; // paragraphs naming both (any sentence)
  passages: EdgePassage[];
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Before maxNodes and minWeight: how many figures and edges there are in the filtered articles. */
  totalNodes: number;
  totalEdges: number;
  articles: number; // articles after filters
  stories: number; // the same, near-copies counted once
}
