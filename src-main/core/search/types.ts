// Shapes of the search core: documents fed to the index, hits it returns, filters it accepts.

import type { Span } from '../../shared/model';

export type SearchKind = 'article' | 'note' | 'highlight' | 'figure';

export interface SearchDoc {
  kind: SearchKind;
  id: string;
  articleId?: string;
  title: string;
  text: string;
  outlet?: string | null;
  published?: string | null; // YYYY-MM-DD
  figureIds?: string[];
  colour?: number;
  tags?: string[];
  start?: number; // offset of `text` in the article, for highlights (and any excerpt of an article)
  end?: number; // end of the located range in the article (a highlight's quote), when it is not start + text.length
  paragraphs?: Span[]; // paragraph spans of `text`, so a hit lands on a passage
}

/** A document as an index keeps it: an article's text and paragraphs may be left to its stored body. */
export type StoredDoc = Omit<SearchDoc, 'text' | 'paragraphs'> & { text?: string; paragraphs?: Span[] };

export interface SearchHit {
  kind: SearchKind;
  id: string;
  articleId?: string;
  title: string;
  snippet: string; // plain text, never HTML
  marks: Span[]; // ranges of `snippet` that matched
  titleMarks?: Span[]; // ranges of `title` that matched
  score: number;
  start?: number; // the passage the hit lands on, as article offsets (articles and highlights)
  end?: number;
}

export interface SearchFilters {
  kinds?: SearchKind[];
  outlet?: string;
  figureId?: string;
  colour?: number;
  tag?: string;
  from?: string; // YYYY-MM-DD, inclusive
  to?: string; // YYYY-MM-DD, inclusive
}

export interface SearchOptions {
  limit?: number; // default 20
  filters?: SearchFilters;
}
