// parseLinks and resolveLinks: the [[links]] of a note outside code, each resolved to a figure, an article or missing.

import { parseWikiLinks, type WikiLink } from '../../shared/wiki-links';
import { linkResolver, type LinkTargets } from '../../shared/link-resolver';

/** A link as the editor and the renderer need it: what it names and whether that exists. */
export interface ResolvedWikiLink extends WikiLink {
  kind: 'figure' | 'article' | 'note' | 'missing';
  id: string | null;
}

/** What links can point at; notes are optional (a figure or article page passes only those two). */
export type LinkCatalog = Pick<LinkTargets, 'figures' | 'articles'> & Partial<Pick<LinkTargets, 'notes'>>;

/** Every [[target]] and [[target|label]] of a Markdown body with its offsets, skipping code spans and fenced code. */
export function parseLinks(body: string): WikiLink[] {
  return parseWikiLinks(maskCode(body));
}

/** Resolves links case-, accent- and punctuation-insensitively; figure aliases count. */
export function resolveLinks(links: readonly WikiLink[], catalog: LinkCatalog): ResolvedWikiLink[] {
  const resolver = linkResolver({ figures: catalog.figures, articles: catalog.articles, notes: catalog.notes ?? [] });
  return links.map((l) => {
    const hit = resolver.resolve(l.target);
    return hit ? { ...l, kind: hit.kind, id: hit.id } : { ...l, kind: 'missing', id: null };
  });
}

/** `body` with code (fenced blocks, indented-free inline spans) blanked out, offsets unchanged. */
function maskCode(body: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, blank).replace(/(`+)[^`\n][\s\S]*?\1/g, blank);
}
