// completeDossier: a dossier base plus what changes without touching the article texts: the story map's events,
// the user's highlights and notes, and the export time. Citations are numbered on after the base's.

import type { Highlight, Note, TextPositionSelector, TextQuoteSelector } from '../../shared/model';
import { CitationRegistry, type Target } from './citations';
import { compareKey } from './locate';
import { targetAt } from './passages';
import type { DossierAnnotations, DossierBase, DossierDoc, DossierHighlight, DossierNote } from './types';

export function completeDossier(base: DossierBase, input: DossierAnnotations): DossierDoc {
  const { figure, doc, sourceNumber, paragraphs } = base;
  const registry = new CitationRegistry((id) => sourceNumber.get(id)!, doc.citations);
  const at = (articleId: string, start: number, end: number) => targetAt({ id: articleId, paragraphs: paragraphs.get(articleId)! }, start, end);
  const highlights = input.highlights
    .filter((h) => h.figureIds.includes(figure.id) && paragraphs.has(h.articleId))
    .map((h) => rawHighlight(h, at, input.textOf));

  // Numbers go on in reading order: story map events, then highlights.
  const storyMap = input.storyMap && {
    neighbourhood: input.storyMap.neighbourhood,
    events: input.storyMap.events
      .filter((e) => paragraphs.has(e.articleId) && sourceNumber.has(e.articleId))
      .map((e) => ({
        date: e.date, end: e.end, precision: e.precision, text: e.text, relative: e.relative,
        inferred: !!e.reference && e.reference.kind !== 'published', edited: e.edited,
        cites: [registry.cite(at(e.articleId, e.sentence[0], e.sentence[1]))],
      })),
  };
  const docHighlights = highlights
    .sort((a, b) => sourceNumber.get(a.target.articleId)! - sourceNumber.get(b.target.articleId)! || (a.target.start ?? 0) - (b.target.start ?? 0))
    .map(({ target, ...h }): DossierHighlight => ({ ...h, cites: [registry.cite(target)] }));

  return {
    kind: 'quire-dossier',
    version: 1,
    exportedAt: input.exportedAt,
    figure: doc.figure,
    roles: doc.roles,
    summary: doc.summary,
    passages: doc.passages,
    quotes: doc.quotes,
    related: doc.related,
    ...(storyMap ? { storyMap } : {}),
    highlights: docHighlights,
    notes: linkedNotes(input.notes, [figure.id, figure.name, ...figure.aliases]),
    sources: doc.sources,
    citations: registry.all(),
  };
}

type Place = (articleId: string, start: number, end: number) => Target;

function rawHighlight(h: Highlight, at: Place, textOf: DossierAnnotations['textOf']): Omit<DossierHighlight, 'cites'> & { target: Target } {
  const quote = h.target.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = h.target.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const placed = h.anchor.state !== 'orphan' && position;
  const target: Target = placed ? at(h.articleId, position.start, position.end) : { articleId: h.articleId, paragraph: null, start: null, end: null };
  const text = quote?.exact ?? (position ? (textOf?.(h.articleId) ?? '').slice(position.start, position.end) : '');
  return { id: h.id, quote: text, note: h.note, colour: h.colour, status: h.anchor.state, target };
}

/** Notes that link to the figure with [[name]], [[alias]], [[id]] or [[figure:id]] (an optional |label allowed). */
export function linkedNotes(notes: Note[], names: string[]): DossierNote[] {
  const keys = new Set(names.map(compareKey).filter(Boolean));
  const links = (body: string) =>
    [...body.matchAll(/\[\[([^\]|]+)(?:\|[^\]]*)?\]\]/g)].map((m) => compareKey(m[1].replace(/^figure:/i, '')));
  return notes
    .filter((n) => links(n.body).some((k) => keys.has(k)))
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((n) => ({ id: n.id, title: n.title, body: n.body, updated: n.updated }));
}
