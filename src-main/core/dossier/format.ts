// Wording shared by the HTML and Markdown renderings: dates, source labels, footnote texts, section titles.

import type { Citation, DossierDoc, DossierSource } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2012-07-11" or an ISO timestamp -> "11 July 2012"; anything unparseable is returned as given. */
export function formatDate(iso: string | null): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return iso;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

export function sourceLabel(n: number): string {
  return `S${n}`;
}

/** "S2, ¶4" (or "S2" when the paragraph is unknown). */
export function placeLabel(c: Citation): string {
  return c.paragraph === null ? sourceLabel(c.source) : `${sourceLabel(c.source)}, ¶${c.paragraph}`;
}

/** "Outlet, 11 July 2012" with what is known. */
export function sourceLine(s: Pick<DossierSource, 'outlet' | 'published'>): string {
  return [s.outlet, formatDate(s.published)].filter(Boolean).join(', ');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The summary as sentences (without citations; the renderers add them to the dated ones). */
export function summaryFacts(doc: DossierDoc): { counts: string; outlets: string } {
  const s = doc.summary;
  const copies = s.articles - s.stories;
  const counts =
    `Named ${plural(s.mentions, 'time')} in ${plural(s.articles, 'article')}` +
    (copies > 0 ? ` (${plural(s.stories, 'distinct story', 'distinct stories')}: ${plural(copies, 'near-copy', 'near-copies')} counted once)` : '') +
    (s.undatedArticles > 0 ? `, ${s.undatedArticles} of them undated` : '') +
    '.';
  const outlets = s.outlets === 0 ? 'No outlet recorded.' : `${plural(s.outlets, 'outlet')}: ${s.outletNames.join(', ')}.`;
  return { counts, outlets };
}

export interface Part {
  id: string;
  title: string;
  count: string; // "11 passages"
}

/** The sections a dossier shows, in order (empty optional ones left out). */
export function parts(doc: DossierDoc): Part[] {
  const all: Array<Part & { show: boolean }> = [
    { id: 'profile', title: 'Profile', count: plural(doc.roles.length, 'role'), show: true },
    { id: 'sources-say', title: 'What the sources say', count: plural(doc.passages.reduce((n, g) => n + g.passages.length, 0), 'passage'), show: true },
    { id: 'quotes', title: 'Quotes', count: plural(doc.quotes.length, 'quote'), show: true },
    { id: 'related', title: 'Related figures', count: plural(doc.related.length, 'figure'), show: true },
    { id: 'story-map', title: 'Story map', count: plural(doc.storyMap?.events.length ?? 0, 'dated event'), show: !!doc.storyMap },
    { id: 'highlights', title: 'Highlights', count: plural(doc.highlights.length, 'highlight'), show: doc.highlights.length > 0 },
    { id: 'notes', title: 'Notes', count: plural(doc.notes.length, 'note'), show: doc.notes.length > 0 },
    { id: 'citations', title: 'Citations', count: plural(doc.citations.length, 'citation'), show: true },
    { id: 'sources', title: 'Sources', count: plural(doc.sources.length, 'source'), show: true },
  ];
  return all.filter((p) => p.show).map(({ show: _show, ...p }) => p);
}
