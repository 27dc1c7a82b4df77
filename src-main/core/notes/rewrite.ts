// Turning [[links]] into ordinary Markdown links to the app's hash routes, before a note is rendered.

import { parseLinks } from './parse';

/** Where a link target leads: a figure or an article (by id), or null when nothing has that name. */
export type LinkResolve = (target: string) => { kind: 'figure' | 'article' | 'note'; id: string } | null;

/**
 * `body` with each [[target|label]] as `[label](#/figure/<id>)`, `(#/article/<id>)` or `(#/note/<id>)`; a link to
 * nothing becomes a search for its target (`#/search?q=`), so it can still be followed. Code is left alone.
 */
export function rewriteWikiLinks(body: string, resolve: LinkResolve): string {
  let out = '';
  let at = 0;
  for (const link of parseLinks(body)) {
    const hit = resolve(link.target);
    const href = hit ? `#/${hit.kind}/${encodeURIComponent(hit.id)}` : `#/search?q=${encodeURIComponent(link.target)}`;
    out += `${body.slice(at, link.start)}[${escapeLabel(link.label)}](${href}${hit ? '' : ' "Nothing is called this yet"'})`;
    at = link.end;
  }
  return out + body.slice(at);
}

/** A label safe inside Markdown link text. */
function escapeLabel(label: string): string {
  return label.replace(/([\\[\]`*_<>])/g, '\\$1');
}
