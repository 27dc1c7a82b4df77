// Model types shared by core, services, the three doors and the renderer: plain JSON shapes, no behaviour.

/** A [start, end) range of UTF-16 offsets into an article's clean `text`. */
export type Span = [start: number, end: number];

export type SourceFormat = 'txt' | 'md' | 'html' | 'pdf' | 'epub';

/** An imported article. `text` is what the reader shows; every offset in the notebook refers to it. */
export interface Article {
  id: string; // content hash of the clean text
  title: string;
  outlet: string | null;
  byline: string | null;
  published: string | null; // ISO date (YYYY-MM-DD) when known
  url: string | null;
  tags: string[];
  text: string;
  paragraphs: Span[];
  words: number;
  source: { fileName: string; format: SourceFormat; content: string; encoding?: 'utf8' | 'base64' }; // base64: pdf, epub
  importedAt: string; // ISO timestamp
  /** PDF only: pages[i] is the span of `text` that came from page i + 1 (empty [n, n] for a page with no text). */
  pages?: Span[];
  /** EPUB only: the chapters in reading order, each with the span of `text` it became. */
  chapters?: { title: string; span: Span }[];
}

/** The small, listable part of an article (no body). */
export interface ArticleSummary {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  words: number;
  tags: string[];
  fileName: string;
  copies: string[]; // ids of articles that share most of this one's text
}

// ---- figures -------------------------------------------------------------------------------

/** A statement the text makes about a figure, with where it comes from. */
export interface Attribution {
  text: string; // the role ("Syria's ambassador to Iraq") or the quote's words
  articleId: string;
  start: number; // offsets of `text` in the article (or of the sentence when text is normalised)
  end: number;
  sentence: Span; // the sentence it comes from
}

export interface Figure {
  id: string;
  name: string;
  aliases: string[];
  roles: Attribution[];
  quotes: Attribution[];
  origin: 'auto' | 'manual';
  confidence: 'high' | 'low'; // low: a bare surname never named in full in its article
  hidden?: boolean; // marked "not a person"
  formerIds?: string[]; // ids of figures merged into this one by a decision, so old references still resolve
}

/** A span of an article that names a figure. Derived, never stored as truth. */
export interface Mention {
  figureId: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
}

/** Curation that survives re-analysis. Keys are alias keys or figure ids as the figure core defines them. */
export type Decision =
  | { id: string; kind: 'rename'; figureKey: string; name: string; at: string }
  | { id: string; kind: 'merge'; a: string; b: string; verdict: 'yes' | 'no' | 'unsure'; at: string }
  | { id: string; kind: 'split'; figureKey: string; alias: string; at: string }
  | { id: string; kind: 'not-a-person'; figureKey: string; at: string }
  | { id: string; kind: 'add'; name: string; aliases: string[]; at: string };

// ---- highlights and notes ---------------------------------------------------------------------

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export type Selector = TextQuoteSelector | TextPositionSelector;

export type AnchorStatus = { state: 'ok' } | { state: 'fuzzy'; score: number } | { state: 'orphan'; score: number };

export interface Highlight {
  id: string;
  articleId: string;
  target: Selector[];
  colour: number; // 0..4, meaning named in settings
  note: string; // Markdown
  figureIds: string[];
  tags: string[];
  anchor: AnchorStatus;
  /** Content hash of the article text the anchor status was computed on; a different text means re-anchoring. */
  textHash?: string;
  created: string;
  updated: string;
}

export interface Note {
  id: string;
  title: string;
  body: string; // Markdown with [[links]]
  tags: string[];
  created: string;
  updated: string;
}

export interface Settings {
  colourNames: [string, string, string, string, string];
  theme: 'system' | 'light' | 'dark';
}
