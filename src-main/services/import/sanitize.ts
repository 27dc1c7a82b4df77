// Parse untrusted HTML into an inert jsdom document and sanitise it in place with DOMPurify before any other use.
//
// One jsdom window and one DOMPurify instance serve every file (creating a window installs ~1,000 DOM interfaces:
// ~100 ms, more than the rest of an HTML import). Each file is parsed into a fresh Document of that window with
// DOMParser, so files share nothing but the interfaces. jsdom runs no scripts and loads no resources here (no
// runScripts, no resources option, about:blank URL, and DOMParser documents have no browsing context), so nothing
// remote is fetched. Page metadata that the sanitiser drops (meta tags, JSON-LD scripts, canonical links) is read
// from the elements as DOMPurify visits them, as inert strings, never executed.
//
// Media become visible placeholders in the text, never loads: <img> becomes "[image: alt]" ("[image]" without alt
// text), <video> and <audio> "[video]" and "[audio]"; tracking pixels (1x1 or hidden images) are dropped.

import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';

export interface RawPageMeta {
  meta: Map<string, string>; // lower-cased property / name / itemprop -> content (first wins)
  jsonLd: string[]; // text of <script type="application/ld+json">
  canonical: string | null;
}

export type Sanitized = { ok: true; document: Document; raw: RawPageMeta } | { ok: false; reason: string };

/** Elements whose content is never article text (and media, which would be fetched by a live page). */
const FORBID_TAGS = ['img', 'picture', 'video', 'audio', 'source', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'style', 'template', 'noscript', 'nav'];

interface Shared {
  window: Window & typeof globalThis;
  parser: DOMParser;
  purify: DOMPurify;
  raw: RawPageMeta | null; // the page being sanitised, for the metadata hook
}
let shared: Shared | null = null;

function sharedDom(): Shared {
  if (shared) return shared;
  const window = new JSDOM('').window as unknown as Window & typeof globalThis;
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  const s: Shared = { window, parser: new window.DOMParser(), purify, raw: null };
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (s.raw) collectMeta(node as Element, data.tagName, s.raw);
  });
  shared = s;
  return s;
}

/** Parse and sanitise `html`; refuses documents nested deeper than `maxDepth` elements. */
export function parseAndSanitize(html: string, maxDepth: number, contentType: 'text/html' | 'application/xhtml+xml' = 'text/html'): Sanitized {
  if (estimateTagDepth(html, maxDepth) > maxDepth) {
    return { ok: false, reason: `HTML nested too deeply (more than ${maxDepth} levels)` };
  }
  const dom = sharedDom();
  let document: Document;
  try {
    document = dom.parser.parseFromString(html, contentType);
  } catch (e) {
    return { ok: false, reason: `not well-formed ${contentType === 'text/html' ? 'HTML' : 'XHTML'} (${firstLine(e)})` };
  }
  if (contentType !== 'text/html' && document.getElementsByTagName('parsererror').length) {
    return { ok: false, reason: 'not well-formed XHTML' };
  }
  const depth = nestingDepth(document.documentElement, maxDepth);
  if (depth > maxDepth) return { ok: false, reason: `HTML nested too deeply (more than ${maxDepth} levels)` };
  replaceMedia(document);
  const raw: RawPageMeta = { meta: new Map(), jsonLd: [], canonical: null };
  dom.raw = raw;
  try {
    dom.purify.sanitize(document.documentElement, { IN_PLACE: true, WHOLE_DOCUMENT: true, FORBID_TAGS, ADD_ATTR: ['datetime'] });
  } finally {
    dom.raw = null;
  }
  return { ok: true, document, raw };
}

/** Media elements as text placeholders (see the header); tracking pixels go without one. */
export function replaceMedia(document: Document): void {
  for (const el of Array.from(document.querySelectorAll('img, video, audio'))) {
    const tag = el.localName.toLowerCase();
    let label: string | null = `[${tag === 'img' ? 'image' : tag}]`;
    if (tag === 'img') {
      const alt = (el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
      label = isTrackingPixel(el) ? null : alt ? `[image: ${alt}]` : '[image]';
    }
    if (label) el.replaceWith(document.createTextNode(` ${label} `));
    else el.remove();
  }
}

function isTrackingPixel(img: Element): boolean {
  const size = (name: string) => Number.parseInt(img.getAttribute(name) ?? '', 10);
  const style = (img.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return size('width') <= 2 || size('height') <= 2 || /display:none|visibility:hidden/.test(style) || img.hasAttribute('hidden');
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
