// Notes' Markdown to safe HTML: marked, [[links]] to in-app links (figure, article, note), then DOMPurify.

import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { parseWikiLinks } from '../../../src-main/shared/wiki-links';
import { href } from '../../app/router';
import type { LinkIndex } from './link-targets';

const marked = new Marked({ gfm: true, breaks: true, async: false });

/** HTML for a Markdown body; resolved [[links]] become links, unresolved ones a marked span. Safe to set as innerHTML. */
export function renderMarkdown(markdown: string, links?: LinkIndex | null): string {
  let out = '';
  let at = 0;
  for (const l of parseWikiLinks(markdown)) {
    out += markdown.slice(at, l.start);
    const r = links?.resolve(l.target);
    const label = escapeMd(l.label);
    out += r
      ? `<a class="wiki" data-kind="${r.kind}" href="${href(r.kind, r.id)}">${label}</a>`
      : `<span class="wiki missing" title="Nothing in the notebook has this name">${label}</span>`;
    at = l.end;
  }
  out += markdown.slice(at);
  const html = marked.parse(out) as string;
  return DOMPurify.sanitize(html, {
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
    FORBID_TAGS: ['img', 'style', 'iframe', 'form', 'input', 'video', 'audio', 'object', 'embed'],
    FORBID_ATTR: ['style'],
  });
}

function escapeMd(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
