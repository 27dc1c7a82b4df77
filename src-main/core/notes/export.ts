// An article's highlights and their notes as Markdown, in text order, each quote with its citation; orphans last.

import type { Highlight, Note } from '../../shared/model';
import { articleHighlightsMarkdown, type ExportArticle } from './export-article';
import { citation, longDate, paragraphAt, type CitableArticle } from '../../shared/citation';

/** A highlight with where it currently lands (null when orphaned) and the words it was made on. */
export interface PlacedHighlight {
  highlight: Highlight;
  quote: string;
  start: number | null;
  end: number | null;
}

export interface ExportOptions {
  colourNames: readonly string[];
  exportedAt?: string; // ISO timestamp
}

/** Export from highlights already placed by the caller (the highlights service does this). */
export function highlightsToMarkdown(article: CitableArticle & { url?: string | null }, placed: readonly PlacedHighlight[], opts: ExportOptions): string;
/** Export from stored highlights, anchored here, with [¶n] citations and the notes that link to the article. */
export function highlightsToMarkdown(article: ExportArticle, highlights: readonly Highlight[], notes: readonly Note[], colourNames: readonly string[]): string;
export function highlightsToMarkdown(
  article: (CitableArticle & { url?: string | null }) | ExportArticle,
  items: readonly PlacedHighlight[] | readonly Highlight[],
  third: ExportOptions | readonly Note[],
  colourNames?: readonly string[],
): string {
  if (Array.isArray(third)) return articleHighlightsMarkdown(article as ExportArticle, items as readonly Highlight[], third as readonly Note[], colourNames ?? []);
  return placedHighlightsMarkdown(article, items as readonly PlacedHighlight[], third as ExportOptions);
}

function placedHighlightsMarkdown(article: CitableArticle & { url?: string | null }, placed: readonly PlacedHighlight[], opts: ExportOptions): string {
  const anchored = placed.filter((p) => p.start !== null).sort((a, b) => a.start! - b.start! || a.end! - b.end!);
  const orphans = placed.filter((p) => p.start === null);
  const out: string[] = [`# Highlights: ${inline(article.title)}`, ''];
  const meta = [article.outlet, longDate(article.published), article.url].filter(Boolean).map((s) => inline(String(s)));
  if (meta.length) out.push(`*${meta.join(' · ')}*`, '');
  if (opts.exportedAt) out.push(`Exported from Quire on ${longDate(opts.exportedAt.slice(0, 10))}.`, '');
  if (placed.length === 0) out.push('*No highlights in this article.*', '');
  for (const p of anchored) out.push(...item(article, p, paragraphAt(article, p.start!), opts));
  if (orphans.length) {
    out.push('## Orphaned highlights', '', '*The text these were made on has changed; they could not be placed again.*', '');
    for (const p of orphans) out.push(...item(article, p, null, opts));
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function item(article: CitableArticle, p: PlacedHighlight, paragraph: number | null, opts: ExportOptions): string[] {
  const h = p.highlight;
  const label = opts.colourNames[h.colour] ?? `Colour ${h.colour + 1}`;
  const lines = [`## ${inline(label)}${paragraph ? ` (para. ${paragraph})` : ''}`, ''];
  lines.push(...p.quote.trim().split('\n').map((l) => `> ${l}`));
  lines.push('>', `> — ${inline(citation(article, paragraph))}`, '');
  if (h.anchor.state === 'fuzzy') lines.push(`*Re-anchored after a text change (confidence ${Math.round(h.anchor.score * 100)}%).*`, '');
  if (h.note.trim()) lines.push(h.note.trim(), '');
  if (h.tags.length) lines.push(`Tags: ${h.tags.map((t) => `#${inline(t)}`).join(' ')}`, '');
  return lines;
}

/** One line of text, safe inside Markdown headings and emphasis. */
function inline(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#])/g, '\\$1').trim();
}
