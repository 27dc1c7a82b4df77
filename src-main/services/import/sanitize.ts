// Parse untrusted HTML into an inert jsdom document and sanitise it in place with DOMPurify before any other use.
//
// jsdom runs no scripts and loads no resources here (no runScripts, no resources option, about:blank URL), so
// nothing remote is fetched. Page metadata that the sanitiser drops (meta tags, JSON-LD scripts, canonical links)
// is read from the elements as DOMPurify visits them, as inert strings, never executed.

import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

export interface RawPageMeta {
  meta: Map<string, string>; // lower-cased property / name / itemprop -> content (first wins)
  jsonLd: string[]; // text of <script type="application/ld+json">
  canonical: string | null;
}

export type Sanitized = { ok: true; document: Document; raw: RawPageMeta } | { ok: false; reason: string };

/** Elements whose content is never article text (and media, which would be fetched by a live page). */
const FORBID_TAGS = ['img', 'picture', 'video', 'audio', 'source', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'style', 'template', 'noscript', 'nav'];

/** Parse and sanitise `html`; refuses documents nested deeper than `maxDepth` elements. */
export function parseAndSanitize(html: string, maxDepth: number, contentType: 'text/html' | 'application/xhtml+xml' = 'text/html'): Sanitized {
  if (estimateTagDepth(html, maxDepth) > maxDepth) {
    return { ok: false, reason: `HTML nested too deeply (more than ${maxDepth} levels)` };
  }
  let dom: JSDOM;
  try {
    dom = new JSDOM(html, { contentType });
  } catch (e) {
    return { ok: false, reason: `not well-formed ${contentType === 'text/html' ? 'HTML' : 'XHTML'} (${firstLine(e)})` };
  }
  const document = dom.window.document;
  const depth = nestingDepth(document.documentElement, maxDepth);
  if (depth > maxDepth) return { ok: false, reason: `HTML nested too deeply (more than ${maxDepth} levels)` };
  const raw: RawPageMeta = { meta: new Map(), jsonLd: [], canonical: null };
  const purify = createDOMPurify(dom.window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('uponSanitizeElement', (node, data) => collectMeta(node as Element, data.tagName, raw));
  purify.sanitize(document.documentElement, { IN_PLACE: true, WHOLE_DOCUMENT: true, FORBID_TAGS, ADD_ATTR: ['datetime'] });
  return { ok: true, document, raw };
}

function collectMeta(el: Element, tag: string, raw: RawPageMeta): void {
  if (!el.getAttribute) return;
  if (tag === 'meta') {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && !raw.meta.has(key)) raw.meta.set(key, content);
  } else if (tag === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? '')) {
    raw.jsonLd.push(el.textContent ?? '');
  } else if (tag === 'link' && /\bcanonical\b/i.test(el.getAttribute('rel') ?? '')) {
    raw.canonical ??= el.getAttribute('href');
  }
}

/** Element depth below `root`, counted without recursion; stops counting once past `limit`. */
export function nestingDepth(root: Element | null, limit: number): number {
  if (!root) return 0;
  let max = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop() as [Element, number];
    if (d > max) max = d;
    if (max > limit) return max;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return max;
}

/** Tags with no end tag, or whose end tag the parser may imply: they do not add to the estimated depth. */
const NOT_NESTING = new Set(
  ('area base br col embed hr img input link meta source track wbr p li dt dd tr td th option optgroup thead tbody ' +
    'tfoot colgroup caption rb rt rp html head body').split(' '),
);

/**
 * Nesting depth estimated from the tags alone, before parsing: jsdom slows down badly (tens of seconds) on
 * thousands of nested elements, so absurd nesting must be refused before it is parsed.
 */
export function estimateTagDepth(html: string, limit: number): number {
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->/g;
  let depth = 0;
  let max = 0;
  const markup = html.replace(/<(script|style|textarea)\b[\s\S]*?<\/\1\s*>/gi, '');
  for (let m = tag.exec(markup); m; m = tag.exec(markup)) {
    if (!m[2] || NOT_NESTING.has(m[2].toLowerCase()) || m[3] === '/') continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max && (max = depth) > limit) return max;
  }
  return max;
}

function firstLine(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split('\n')[0].slice(0, 120);
}
