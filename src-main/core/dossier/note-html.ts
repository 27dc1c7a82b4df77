// A researcher's Markdown (notes, highlight notes) to HTML that is safe offline: no raw HTML, no scripts, no remote loads.

import { Marked, type Tokens } from 'marked';
import { escapeHtml } from './escape';

const SAFE_LINK = /^(https?:|mailto:|#)/i;

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    image: ({ text }: Tokens.Image) => escapeHtml(text), // no images: they would be remote loads
    link(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, { href, title, tokens }: Tokens.Link) {
      const label = this.parser.parseInline(tokens);
      if (!SAFE_LINK.test(href.trim())) return label;
      const t = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(href.trim())}"${t} rel="noreferrer">${label}</a>`;
    },
  },
});

/** Markdown to an HTML fragment, each block with dir="auto"; [[wiki links]] become emphasised text. */
export function noteToHtml(markdown: string): string {
  const withLinks = markdown.replace(/\[\[([^\]|]+)(?:\|([^\]]*))?\]\]/g, (_m, target: string, label?: string) => `*${(label ?? target).trim()}*`);
  const html = marked.parse(withLinks) as string;
  // Raw HTML is escaped above, so these tags can only be marked's own.
  return html.replace(/<(p|li|h[1-6]|blockquote)>/g, '<$1 dir="auto">');
}
