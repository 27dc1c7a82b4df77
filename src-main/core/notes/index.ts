// Public face of the notes core: [[link]] resolution, backlinks, citations, Markdown export of highlights.

export { linkResolver, linksOf, type LinkResolver, type LinkTargets, type ResolvedLink } from './links';
export { backlinksTo, type Backlinks } from './backlinks';
export { citation, longDate, paragraphAt, quoteWithCitation, type CitableArticle } from '../../shared/citation';
export { highlightsToMarkdown, type ExportOptions, type PlacedHighlight } from './export';
export { linkKey, parseWikiLinks, splitKind, type LinkKind, type WikiLink } from '../../shared/wiki-links';
