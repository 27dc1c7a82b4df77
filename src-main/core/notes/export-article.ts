// Markdown export of one article's highlights straight from stored highlights: re-anchored, in text order, [¶n] cited.

import type { Highlight, Note } from '../../shared/model';
import { anchorMany, quoteSelector } from '../anchoring';
import { longDate, paragraphAt } from '../../shared/citation';
import { linkResolver } from '../../shared/link-resolver';
import { parseLinks } from './parse';
import { rewriteWikiLinks } from './rewrite';

export interface ExportArticle {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  text: string;
  paragraphs: [number, number][];
}

/**
 * The highlights of `article` as Markdown: each anchored quote in text order with its paragraph `[¶n]` and a
 * footnote to the article (the sources line), its colour's name and its note; then orphans with their stored quote;
 * then the notes that link to the article.
 */
export function articleHighlightsMarkdown(
  article: ExportArticle, highlights: readonly Highlight[], notes: readonly Note[], colourNames: readonly string[],
): string {
  const results = anchorMany(article.text, highlights.map((h) => h.target));
  const placed = highlights.map((h, i) => ({ h, r: results[i] }));
  const anchored = placed.flatMap(({ h, r }) => ('orphan' in r ? [] : [{ h, start: r.start, end: r.end }])).sort((a, b) => a.start - b.start || a.end - b.end);
  const orphans = placed.filter(({ r }) => 'orphan' in r).map(({ h }) => h);
  const colour = (h: Highlight) => colourNames[h.colour] ?? `Colour ${h.colour + 1}`;
  const plainLinks = (md: string) => rewriteWikiLinks(md, () => null).replace(/\[((?:\\.|[^\]])*)\]\(#\/search\?q=[^)]*\)/g, '$1');

  const out = [`# Highlights: ${inline(article.title)}`, ''];
  const meta = [article.outlet, longDate(article.published)].filter(Boolean).map((s) => inline(String(s)));
  if (meta.length) out.push(`*${meta.join(' · ')}*`, '');
  if (highlights.length === 0) out.push('*No highlights in this article.*', '');
  anchored.forEach(({ h, start, end }, i) => {
    const para = paragraphAt(article, start);
    out.push(`## ${i + 1}. ${inline(colour(h))}`, '');
    out.push(...blockquote(article.text.slice(start, end)));
    out.push(`> ${para ? `[¶${para}]` : ''}[^source]`, '');
    if (h.note.trim()) out.push(plainLinks(h.note.trim()), '');
  });
  if (orphans.length) {
    out.push('## Orphaned highlights', '', '*The text changed and these passages could not be found again.*', '');
    for (const h of orphans) {
      const quote = quoteSelector(h.target)?.exact ?? '';
      out.push(`- ${inline(colour(h))}: “${inline(quote)}”${h.note.trim() ? ` — ${inline(plainLinks(h.note))}` : ''}`);
    }
    out.push('');
  }
  const resolver = linkResolver({ figures: [], articles: [{ id: article.id, title: article.title }], notes: [] });
  const related = notes.filter((n) => parseLinks(n.body).some((l) => resolver.resolve(l.target)?.id === article.id));
  if (related.length) {
    out.push('## Notes', '');
    for (const n of related) out.push(`### ${inline(n.title)}`, '', plainLinks(n.body.trim()), '');
  }
  out.push('---', '', `[^source]: “${inline(article.title)}”${meta.length ? `, ${meta.join(', ')}` : ''}.`);
  return `${out.join('\n').trimEnd()}\n`;
}

function blockquote(text: string): string[] {
  return text.trim().split(/\n+/).map((l) => `> ${l.trim()}`);
}

/** One line of text, safe inside Markdown headings and emphasis. */
function inline(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#])/g, '\\$1').trim();
}
