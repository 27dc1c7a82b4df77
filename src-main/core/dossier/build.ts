// buildDossier: a figure's articles, mentions and annotations turned into one cited, structured DossierDoc. It is
// built in two steps so callers can keep the costly first one: buildDossierBase reads the article texts (passages,
// roles, quotes, related figures, sources); completeDossier adds the story map, highlights and notes.

import type { Attribution, Mention } from '../../shared/model';
import { completeDossier } from './annotations';
import { CitationRegistry, articleHref, type Target } from './citations';
import { byDateThenTitle, compareKey, copyGroups, paragraphSpans } from './locate';
import { groupPassages, targetAt, type IndexedArticle, type RawGroup } from './passages';
import { relatedFigures } from './related';
import type { CitedText, DatedMention, DossierBase, DossierBaseInput, DossierDoc, DossierInput, DossierSource } from './types';

export function buildDossier(input: DossierInput): DossierDoc {
  const texts = new Map(input.articles.map((a) => [a.id, a.text]));
  const alsoCited = input.highlights.filter((h) => h.figureIds.includes(input.figure.id) && texts.has(h.articleId)).map((h) => h.articleId);
  const base = buildDossierBase({ ...input, alsoCited });
  return completeDossier(base, { ...input, textOf: (id) => texts.get(id) });
}

/** Everything read from the analysis and the article texts: roles, summary, passages, quotes, related, sources. */
export function buildDossierBase(input: DossierBaseInput): DossierBase {
  const { figure } = input;
  const articles = new Map<string, IndexedArticle>();
  for (const a of input.articles) {
    const paragraphs = paragraphSpans(a.text, a.paragraphs);
    articles.set(a.id, { ...a, fileName: a.source.fileName, paragraphs });
  }
  const mentionsByArticle = new Map<string, Mention[]>();
  const ownByArticle = new Map<string, Mention[]>();
  for (const m of input.mentions) {
    if (!articles.has(m.articleId)) continue;
    push(mentionsByArticle, m.articleId, m);
    if (m.figureId === figure.id) push(ownByArticle, m.articleId, m);
  }
  const own = (articleId: string) => ownByArticle.get(articleId) ?? [];
  const groupOf = copyGroups(input.copies);

  const naming = [...articles.values()].filter((a) => ownByArticle.has(a.id)).sort(byDateThenTitle);
  const groups = groupPassages(naming, own, groupOf);
  const roles = gatherAttributions(figure.roles, articles);
  const quotes = gatherAttributions(figure.quotes, articles);
  const related = relatedFigures(figure.id, input.figures, naming, (id) => mentionsByArticle.get(id) ?? [], groupOf);

  // Sources: every article cited anywhere, in date order.
  const cited = new Set<string>([
    ...naming.map((a) => a.id),
    ...[...roles, ...quotes].flatMap((r) => r.targets.map((t) => t.articleId)),
    ...(input.alsoCited ?? []).filter((id) => articles.has(id)),
  ]);
  const sourceArticles = [...cited].map((id) => articles.get(id)!).sort(byDateThenTitle);
  const sourceNumber = new Map(sourceArticles.map((a, i) => [a.id, i + 1]));
  const sourcesByGroup = new Map<string, number[]>(); // copy group -> its source numbers, ascending
  for (const a of sourceArticles) push(sourcesByGroup, groupOf(a.id), sourceNumber.get(a.id)!);
  const registry = new CitationRegistry((id) => sourceNumber.get(id)!);
  const sources = sourceArticles.map((a, i): DossierSource => ({
    n: i + 1,
    articleId: a.id,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    fileName: a.fileName,
    copies: sourcesByGroup.get(groupOf(a.id))!.filter((n) => n !== i + 1),
    href: articleHref(a.id),
  }));

  // Numbers are given in reading order: roles, summary, passages, quotes, related figures (then completeDossier's).
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

  return {
    figure,
    doc: {
      figure: { id: figure.id, name: figure.name, aliases: aliasesOf(figure.name, figure.aliases), confidence: figure.confidence },
      roles: docRoles,
      summary,
      passages,
      quotes: docQuotes,
      related: docRelated,
      sources,
      citations: registry.all(),
    },
    sourceNumber,
    paragraphs: new Map([...articles.values()].map((a) => [a.id, a.paragraphs])),
  };
}

interface RawCited {
  text: string;
  targets: Target[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
