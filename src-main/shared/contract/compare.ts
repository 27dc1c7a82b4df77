// Contract of the compare feature: its methods' zod input schemas and output types (merged into api.ts).

import { z } from 'zod';
import type { AlignedPassage } from '../../core/compare/align';

export type { AlignedPassage, PassageKind } from '../../core/compare/align';
import type { Span } from '../model';
import { Id } from './schemas';

/** One side of a comparison: the article's identity and the text every offset refers to. */
export interface ComparedArticle {
  id: string | null; // null for a file compared from the CLI, outside the notebook
  title: string;
  outlet: string | null;
  published: string | null;
  text: string;
  paragraphs: Span[];
}

export interface ArticleComparison {
  /** Share of both texts' words in aligned passages that agree word for word, 0..1. */
  similarity: number;
  /** True when the notebook flags the two as near copies (the library's "copy of" badge). */
  copies: boolean;
  a: ComparedArticle;
  b: ComparedArticle;
  /** A's passages in A's order, B-only ones where they fall; variants carry word-level diffs. */
  passages: AlignedPassage[];
}

/** A role one source gives the figure, compared with the most similar role another source gives. */
export interface SourceRole {
  text: string;
  articleId: string;
  start: number;
  end: number;
  /** Another source gives this role word for word. */
  elsewhere: boolean;
  /** [start, end) into `text`: words the closest role of another source lacks ("former"); empty if none is close. */
  marks: Span[];
}

/** One source: an article, or a group of near copies counted once. */
export interface FigureSource {
  label: string; // outlet(s), else the title
  articles: { id: string; title: string; outlet: string | null; published: string | null }[];
  roles: SourceRole[];
  mentions: number;
}

/** A claim (a sentence that names the figure) as one source words it; marks are offsets into `text`. */
export interface ClaimVersion {
  articleId: string;
  start: number; // offsets of the sentence in its article
  end: number;
  text: string;
  /** [start, end) into `text`: words some other source's version of this statement lacks. */
  marks: Span[];
}

export interface FigureAcrossSources {
  figure: { id: string; name: string };
  sources: FigureSource[];
  /** One row a statement; `cells[k]` is source k's version, or null when it does not make it. */
  rows: { cells: (ClaimVersion | null)[] }[];
}

export const compareInputs = {
  /** Aligns two articles of the notebook passage by passage. */
  compareArticles: z.object({ a: Id, b: Id }).strict(),
  /** What each source says about a figure, copies grouped as one source, statements lined up across sources. */
  figureAcrossSources: z.object({ figure: Id }).strict(),
} as const;

export interface CompareOutputs {
  compareArticles: ArticleComparison;
  figureAcrossSources: FigureAcrossSources;
}
