// buildDossier: a figure's articles, mentions and annotations turned into one cited, structured DossierDoc.

import type { Attribution, Highlight, Mention, Note, TextPositionSelector, TextQuoteSelector } from '../../shared/model';
import { CitationRegistry, articleHref, type Target } from './citations';
import { byDateThenTitle, compareKey, copyGroups, paragraphSpans } from './locate';
import { groupPassages, targetAt, type IndexedArticle, type RawGroup } from './passages';
import { relatedFigures } from './related';
import type { CitedText, DatedMention, DossierDoc, DossierHighlight, DossierInput, DossierNote, DossierSource } from './types';

export function buildDossier(input: DossierInput): DossierDoc {
  const { figure } = input;
  const articles = new Map<string, IndexedArticle>();
  for (const a of input.articles) {
    const paragraphs = paragraphSpans(a.text, a.paragraphs);
    articles.set(a.id, { ...a, fileName: a.source.fileName, paragraphs });
  }
  const mentionsByArticle = new Map<string, Mention[]>();
  for (const m of input.mentions) {
    if (!articles.has(m.articleId)) continue;
    const list = mentionsByArticle.get(m.articleId) ?? [];
    list.push(m);
    mentionsByArticle.set(m.articleId, list);
  }
  const own = (articleId: string) => (mentionsByArticle.get(articleId) ?? []).filter((m) => m.figureId === figure.id);
  const groupOf = copyGroups(input.copies);

  const naming = [...articles.values()].filter((a) => own(a.id).length > 0).sort(byDateThenTitle);
  const groups = groupPassages(naming, own, groupOf);
  const roles = gatherAttributions(figure.roles, articles);
  const quotes = gatherAttributions(figure.quotes, articles);
  const related = relatedFigures(figure.id, input.figures, naming, (id) => mentionsByArticle.get(id) ?? [], groupOf);
  const highlights = input.highlights
    .filter((h) => h.figureIds.includes(figure.id) && articles.has(h.articleId))
    .map((h) => rawHighlight(h, articles.get(h.articleId)!));

  // Sources: every article cited anywhere, in date order.
  const cited = new Set<string>([
    ...naming.map((a) => a.id),
    ...[...roles, ...quotes].flatMap((r) => r.targets.map((t) => t.articleId)),
    ...highlights.map((h) => h.target.articleId),
  ]);
  const sourceArticles = [...cited].map((id) => articles.get(id)!).sort(byDateThenTitle);
  const sourceNumber = new Map(sourceArticles.map((a, i) => [a.id, i + 1]));
  const registry = new CitationRegistry((id) => sourceNumber.get(id)!);
  const sources = sourceArticles.map((a, i): DossierSource => ({
    n: i + 1,
    articleId: a.id,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    fileName: a.fileName,
    copies: sourceArticles.filter((b) => b.id !== a.id && groupOf(b.id) === groupOf(a.id)).map((b) => sourceNumber.get(b.id)!),
    href: articleHref(a.id),
  }));

  // Numbers are given in reading order: roles, summary, passages, quotes, related figures, highlights.
  const citeText = (items: RawCited[]): CitedText[] => items.map((r) => ({ text: r.text, cites: registry.citeAll(r.targets) }));
  const docRoles = citeText(roles);
  const dated = groups.filter((g) => g.article.published && g.firstPlace);
  const outletNames = [...new Set(naming.map((a) => a.outlet?.trim()).filter((o): o is string => !!o))].sort();
  const summary = {
    articles: naming.length,
    stories: new Set(naming.map((a) => groupOf(a.id))).size,
    outlets: outletNames.length,
    outletNames,
    mentions: naming.reduce((n, a) => n + own(a.id).length, 0),
    undatedArticles: naming.length - naming.filter((a) => a.published).length,
    first: datedMention(dated[0], registry, sourceNumber),
    last: datedMention(dated[dated.length - 1], registry, sourceNumber),
  };
  const passages = groups.map((g) => ({
    source: sourceNumber.get(g.article.id)!,
    articleId: g.article.id,
    title: g.article.title,
    outlet: g.article.outlet,
    published: g.article.published,
    copyOf: g.copyOf.map((id) => sourceNumber.get(id)!),
    passages: g.passages.map((p) => ({
      text: p.text,
      marks: p.marks,
      paragraph: p.target.paragraph!,
      start: p.target.start!,
      end: p.target.end!,
      cites: registry.citeAll([p.target, ...p.also]),
    })),
  }));
  const docQuotes = citeText(quotes);
  const docRelated = related.map((r) => ({
    figureId: r.figureId,
    name: r.name,
    paragraphs: r.paragraphs,
    cites: registry.citeAll(r.targets),
  }));
  const storyMap = input.storyMap && {
    neighbourhood: input.storyMap.neighbourhood,
    events: input.storyMap.events
      .filter((e) => articles.has(e.articleId) && sourceNumber.has(e.articleId))
      .map((e) => ({
        date: e.date, end: e.end, precision: e.precision, text: e.text, relative: e.relative,
        inferred: !!e.reference && e.reference.kind !== 'published', edited: e.edited,
        cites: [registry.cite(targetAt(articles.get(e.articleId)!, e.sentence[0], e.sentence[1]))],
      })),
  };
  const docHighlights = highlights
    .sort((a, b) => sourceNumber.get(a.target.articleId)! - sourceNumber.get(b.target.articleId)! || (a.target.start ?? 0) - (b.target.start ?? 0))
    .map(({ target, ...h }): DossierHighlight => ({ ...h, cites: [registry.cite(target)] }));

  return {
    kind: 'quire-dossier',
    version: 1,
    exportedAt: input.exportedAt,
    figure: { id: figure.id, name: figure.name, aliases: aliasesOf(figure.name, figure.aliases), confidence: figure.confidence },
    roles: docRoles,
    summary,
    passages,
    quotes: docQuotes,
    related: docRelated,
    ...(storyMap ? { storyMap } : {}),
    highlights: docHighlights,
    notes: linkedNotes(input.notes, [figure.id, figure.name, ...figure.aliases]),
    sources,
    citations: registry.all(),
  };
}

interface RawCited {
  text: string;
  targets: Target[];
}

/** Roles or quotes with the same words (ignoring case and punctuation) merged; ones that cannot be cited dropped. */
function gatherAttributions(items: Attribution[], articles: Map<string, IndexedArticle>): RawCited[] {
  const byKey = new Map<string, RawCited>();
  for (const item of items) {
    const article = articles.get(item.articleId);
    const text = item.text.replace(/\s+/g, ' ').trim().replace(/[\s,;:]+$/, '');
    if (!article || !text) continue;
    const key = compareKey(text);
    const entry = byKey.get(key) ?? { text, targets: [] };
    entry.targets.push(targetAt(article, item.start, item.end));
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

function datedMention(g: RawGroup | undefined, registry: CitationRegistry, sourceNumber: Map<string, number>): DatedMention | null {
  if (!g || !g.article.published || !g.firstPlace) return null;
  return { date: g.article.published, source: sourceNumber.get(g.article.id)!, cites: [registry.cite(g.firstPlace)] };
}

function aliasesOf(name: string, aliases: string[]): string[] {
  const seen = new Set([name]);
  return aliases.filter((a) => !seen.has(a) && seen.add(a) && a.trim() !== '');
}

function rawHighlight(h: Highlight, article: IndexedArticle): Omit<DossierHighlight, 'cites'> & { target: Target } {
  const quote = h.target.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = h.target.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const placed = h.anchor.state !== 'orphan' && position;
  const target: Target = placed
    ? targetAt(article, position.start, position.end)
    : { articleId: article.id, paragraph: null, start: null, end: null };
  const text = quote?.exact ?? (position ? article.text.slice(position.start, position.end) : '');
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
