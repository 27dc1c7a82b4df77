// Turning notebook objects (articles, notes, highlights, figures) into search documents.

import type { Article, Figure, Highlight, Note, Span } from '../../shared/model';
import type { SearchDoc } from './types';

type ArticleLike = Pick<Article, 'id' | 'title' | 'outlet' | 'published' | 'text' | 'paragraphs'> & { tags?: string[] };

/** One document per article (whole text, paragraph spans kept so hits land on a passage). `figureIdsByParagraph[i]`
 * lists the figures named in paragraph i; the document carries their union for the figure filter. */
export function articleToDocs(a: ArticleLike, figureIdsByParagraph?: string[][]): SearchDoc[] {
  const figureIds = figureIdsByParagraph ? [...new Set(figureIdsByParagraph.flat())] : undefined;
  return [{
    kind: 'article', id: a.id, articleId: a.id, title: a.title, text: a.text, outlet: a.outlet, published: a.published,
    figureIds, tags: a.tags, paragraphs: a.paragraphs.map((p): Span => [p[0], p[1]]),
  }];
}

export function noteToDoc(n: Pick<Note, 'id' | 'title' | 'body' | 'tags'>): SearchDoc {
  return { kind: 'note', id: n.id, title: n.title, text: n.body, tags: n.tags };
}

/** A highlight is found by its quote and its note; it lands on the quote's position in its article. */
export function highlightToDoc(
  h: Pick<Highlight, 'id' | 'articleId' | 'target' | 'colour' | 'note' | 'figureIds' | 'tags'>,
  article?: { title: string; outlet?: string | null; published?: string | null },
): SearchDoc {
  const quote = h.target.find((s) => s.type === 'TextQuoteSelector');
  const position = h.target.find((s) => s.type === 'TextPositionSelector');
  const exact = quote?.type === 'TextQuoteSelector' ? quote.exact : '';
  return {
    kind: 'highlight', id: h.id, articleId: h.articleId, title: article?.title ?? '', text: h.note ? `${exact}\n${h.note}` : exact,
    outlet: article?.outlet ?? null, published: article?.published ?? null, figureIds: h.figureIds, colour: h.colour,
    tags: h.tags,
    ...(position?.type === 'TextPositionSelector' ? { start: position.start, end: position.end } : {}),
  };
}

export function figureToDoc(f: Pick<Figure, 'id' | 'name' | 'aliases' | 'roles'>): SearchDoc {
  const roles = [...new Set(f.roles.map((r) => r.text))];
  return { kind: 'figure', id: f.id, title: f.name, text: [...f.aliases, ...roles].join('\n') };
}
