// The dossier as a structured, JSON-serialisable document: what buildDossier produces and every renderer reads.

import type { Article, Figure, Highlight, Mention, Note, Span } from '../../shared/model';
import type { Neighbourhood } from '../network/neighbourhood';
import type { Precision, TimelineEvent } from '../timeline/types';

/** The parts of an article a dossier needs (only `source.fileName` is read from `source`). */
export type DossierArticle = Pick<Article, 'id' | 'title' | 'outlet' | 'published' | 'text' | 'paragraphs'> & {
  source: Pick<Article['source'], 'fileName'>;
};

export interface DossierInput {
  figure: Figure;
  figures: Figure[];
  mentions: Mention[]; // all mentions (for co-mentions)
  articles: DossierArticle[];
  copies: Record<string, string[]>; // article id -> ids of its near-copies
  highlights: Highlight[];
  notes: Note[];
  exportedAt: string; // ISO timestamp
  /** The figure's place in the story map: its neighbourhood and its dated events (optional). */
  storyMap?: { neighbourhood: Neighbourhood | null; events: TimelineEvent[] };
}

/** What buildDossierBase reads: the input without the user's annotations, the story map and the export time. */
export type DossierBaseInput = Omit<DossierInput, 'highlights' | 'notes' | 'exportedAt' | 'storyMap'> & {
  /** Articles to list among the sources even when nothing else cites them (those of the figure's highlights). */
  alsoCited?: string[];
};

/**
 * The part of a dossier read from the figure analysis and the article texts: everything up to the related figures,
 * with citations numbered so far. completeDossier adds the story map, highlights and notes, numbering on.
 */
export interface DossierBase {
  figure: Figure;
  doc: Pick<DossierDoc, 'figure' | 'roles' | 'summary' | 'passages' | 'quotes' | 'related' | 'sources' | 'citations'>;
  sourceNumber: ReadonlyMap<string, number>; // article id -> source number
  paragraphs: ReadonlyMap<string, Span[]>; // paragraph spans of every input article, to cite the later parts
}

/** What completeDossier adds to a base: the story map, the user's annotations and the export time. */
export interface DossierAnnotations {
  storyMap?: DossierInput['storyMap'];
  highlights: Highlight[];
  notes: Note[];
  exportedAt: string;
  /** An article's text: only read for a highlight without a quote selector (its words are cut from the text). */
  textOf?: (articleId: string) => string | undefined;
}

/**
 * A numbered pointer to a place in an article. `n` is the footnote number used by every export (numbers are
 * given in reading order); `source` is the 1-based number of the article in `sources`; `paragraph` is 1-based.
 */
export interface Citation {
  n: number;
  articleId: string;
  source: number;
  paragraph: number | null; // null when the place is unknown (an orphaned highlight)
  start: number | null;
  end: number | null;
  href: string; // in-app link: #/article/<id>?at=<start>-<end>, or #/article/<id> when offsets are unknown
}

export interface DossierSource {
  n: number; // S<n> in renderings
  articleId: string;
  title: string;
  outlet: string | null;
  published: string | null;
  fileName: string;
  copies: number[]; // source numbers of near-copies of this article that are also in the list
  href: string;
}

export interface CitedText {
  text: string;
  cites: number[]; // citation numbers, one per place the statement is found
}

/** A sentence run (or paragraph) that mentions the figure; `marks` are [start, end) offsets into `text`. */
export interface Passage {
  text: string;
  marks: Array<[number, number]>;
  paragraph: number; // 1-based
  start: number; // offsets in the article
  end: number;
  cites: number[]; // first: this place; then the same words in near-copies of the article
}

export interface PassageGroup {
  source: number;
  articleId: string;
  title: string;
  outlet: string | null;
  published: string | null;
  copyOf: number[]; // source numbers of earlier near-copies; passages repeated there are not shown again
  passages: Passage[];
}

export interface DatedMention {
  date: string;
  source: number;
  cites: number[];
}

export interface DossierSummary {
  articles: number; // articles that mention the figure, every copy counted
  stories: number; // the same, near-copies of one (wire) story counted once
  outlets: number;
  outletNames: string[];
  mentions: number;
  undatedArticles: number;
  first: DatedMention | null;
  last: DatedMention | null;
}

export interface RelatedFigure {
  figureId: string;
  name: string;
  paragraphs: number; // paragraphs naming both figures (repeated paragraphs of near-copies counted once)
  cites: number[]; // at most MAX_RELATED_CITES of them
}

export interface DossierHighlight {
  id: string;
  quote: string;
  note: string; // Markdown
  colour: number;
  status: 'ok' | 'fuzzy' | 'orphan';
  cites: number[];
}

export interface DossierNote {
  id: string;
  title: string;
  body: string; // Markdown
  updated: string;
}

/** A dated event of the figure's timeline, cited. */
export interface DossierEvent {
  date: string; // YYYY-MM-DD
  end: string;
  precision: Precision;
  text: string; // the sentence
  relative: boolean; // read against a reference date
  inferred: boolean; // ... and that reference was inferred from the text, not the publication date
  edited: boolean; // corrected by the user
  cites: number[];
}

export interface DossierStoryMap {
  neighbourhood: Neighbourhood | null;
  events: DossierEvent[];
}

export interface DossierDoc {
  kind: 'quire-dossier';
  version: 1;
  exportedAt: string;
  figure: { id: string; name: string; aliases: string[]; confidence: 'high' | 'low' };
  roles: CitedText[];
  summary: DossierSummary;
  passages: PassageGroup[];
  quotes: CitedText[];
  related: RelatedFigure[];
  storyMap?: DossierStoryMap;
  highlights: DossierHighlight[];
  notes: DossierNote[];
  sources: DossierSource[];
  citations: Citation[]; // citations[i].n === i + 1
}
