// Escaping untrusted text for the dossier's HTML and Markdown outputs, so names and passages stay inert text.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Text safe inside a Markdown paragraph, list item, table cell or blockquote: emphasis, link, code, table and
 * strike-through characters are backslash-escaped, `<` and entity-like `&` become entities so no raw HTML survives,
 * and a block marker at the start is escaped. Line breaks are folded into spaces (a line start could open a block).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/^([#+=>-]|\d+(?=[.)]))/, (m) => (/\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/**
 * A researcher's Markdown kept as Markdown, but with raw HTML made inert: `<` becomes `&lt;` outside code spans and
 * fenced code blocks (where it is shown literally anyway).
 */
export function defangMarkdown(markdown: string): string {
  return markdown
    .split(/(```[\s\S]*?(?:```|$)|`[^`\n]*`)/g)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;')))
    .join('');
}
