// Public face of the notes core: [[link]] parsing, resolution, completion and rewriting, backlinks, citations, export.

export { linkResolver, linksOf, looseLinkKey, type LinkResolver, type LinkTargets, type ResolvedLink } from '../../shared/link-resolver';
export { parseLinks, resolveLinks, type LinkCatalog, type ResolvedWikiLink } from './parse';
export { linkCompletions, type LinkCompletion } from './completions';
export { rewriteWikiLinks, type LinkResolve } from './rewrite';
export { backlinks, backlinksTo, type Backlinks } from './backlinks';
export { citation, longDate, paragraphAt, quoteWithCitation, type CitableArticle } from '../../shared/citation';
export { highlightsToMarkdown, type ExportOptions, type PlacedHighlight } from './export';
export { articleHighlightsMarkdown, type ExportArticle } from './export-article';
export { linkKey, parseWikiLinks, splitKind, type LinkKind, type WikiLink } from '../../shared/wiki-links';
