// Cleaning of imported news text: normalised characters, paragraphs, page furniture removed, title and metadata.
//
// Output conventions: paragraphs are joined by exactly one blank line ("\n\n") and `paragraphs` holds their spans
// in `text`; a paragraph never contains "\n". The headline is not repeated in `text`: it becomes `title`, and the
// text starts with the body. Everything dropped is listed in `removed` with a reason, in document order.
// Pipeline: normalise -> blocks (txt) or marked tokens (md) -> furniture by pattern -> furniture labels at the tail
// -> headline, kicker, byline, dateline and caption at the top -> isolated photo captions -> duplicate paragraphs.

import type { Span } from '../../shared/model';
import { splitBlocks, type Block } from './blocks';
import { boilerplateReason, isLabelLike } from './boilerplate';
import { findDuplicateParagraphs } from './duplicates';
import { firstDate, isDateStamp, isHeadlineLike, isPhotoCaption, parseByline, parseDateline, sameLine } from './header';
import { markdownBlocks } from './markdown';
import { normalizeText } from './normalize';
import { detectOutlet } from './outlet';
import { titleFromLead } from './title';

export interface CleanOptions {
  format: 'txt' | 'md';
  fileName?: string;
}

/** Metadata a richer source already knows (HTML meta tags, Markdown front matter); it wins over guesses. */
export interface CleanHints {
  title?: string | null;
  byline?: string | null;
  published?: string | null;
  outlet?: string | null;
  fileName?: string;
}

export interface Removed {
  text: string;
  reason: string;
}

export interface CleanResult {
  text: string;
  paragraphs: Span[];
  title: string;
  outlet: string | null;
  byline: string | null;
  published: string | null; // YYYY-MM-DD
  removed: Removed[];
  /** For each paragraph, the index of the input block it came from (maps PDF pages and EPUB chapters to spans). */
  origins: number[];
}

const LINE_BREAKS = /\s*\n\s*/g;
const HEADER_ZONE = 6; // the headline, kicker, byline, dateline and lead caption sit within the first few blocks

/** Clean a plain-text or Markdown news article. */
export function cleanText(raw: string, opts: CleanOptions): CleanResult {
  const normal = normalizeText(raw);
  if (opts.format === 'md') {
    const { blocks, meta } = markdownBlocks(normal);
    return cleanBlocks(blocks, { ...meta, fileName: opts.fileName });
  }
  return cleanBlocks(splitBlocks(normal), { fileName: opts.fileName }, true);
}

interface Item extends Block {
  reason: string | null;
  origin: number;
}

/**
 * Clean paragraph blocks from any source (text, Markdown, an HTML or EPUB importer). `normalized` says the blocks
 * are already normalised one-line paragraphs (splitBlocks over normalised text), so they are not normalised again.
 */
export function cleanBlocks(blocks: Block[], hints: CleanHints = {}, normalized = false): CleanResult {
  const items: Item[] = [];
  blocks.forEach((b, origin) => {
    const text = normalized ? b.text : normalizeText(b.text).replace(LINE_BREAKS, ' ').trim();
    if (text !== '') items.push({ ...b, text, reason: null, origin });
  });
  const remove = (i: number, reason: string) => (items[i].reason ??= reason);
  const kept = () => items.flatMap((it, i) => (it.reason === null ? [i] : []));

  items.forEach((it, i) => {
    const reason = boilerplateReason(it.text);
    if (reason) remove(i, reason);
  });
  removeTailLabels(items, remove);
  const meta = readHeader(items, kept().slice(0, HEADER_ZONE), remove, hints);
  items.forEach((it, i) => {
    if (it.reason !== null) return;
    if (it.kind === 'caption') remove(i, 'media caption');
    else if (it.gapBefore >= 2 && it.gapAfter >= 2 && isPhotoCaption(it.text, true)) remove(i, 'photo caption');
  });
  const live = kept();
  for (const d of findDuplicateParagraphs(live.map((i) => items[i].text))) remove(live[d.index], 'duplicate paragraph');

  const body = kept().map((i) => items[i].text);
  const removed = items.filter((it) => it.reason !== null).map((it) => ({ text: it.text, reason: it.reason as string }));
  const paragraphs: Span[] = [];
  let at = 0;
  for (const p of body) {
    paragraphs.push([at, at + p.length]);
    at += p.length + 2;
  }
  const fallbackTitle = body.length ? titleFromLead(body[0]) : titleFromFileName(hints.fileName);
  return {
    text: body.join('\n\n'),
    paragraphs,
    title: meta.title ?? fallbackTitle,
    outlet: cleanOrNull(hints.outlet) ?? detectOutlet(removed.map((r) => r.text), body),
    byline: cleanOrNull(hints.byline) ?? meta.byline,
    published: isoDate(hints.published) ?? meta.published ?? stampDate(removed),
    removed,
    origins: kept().map((i) => items[i].origin),
  };
}

/** Short label lines (topic links, "Syria conflict") left between pieces of furniture at the end of the page. */
function removeTailLabels(items: Item[], remove: (i: number, reason: string) => void): void {
  let seenFurniture = false;
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i].reason !== null) seenFurniture = true;
    else if (seenFurniture && isLabelLike(items[i].text)) remove(i, 'section label');
    else break;
  }
}

interface HeaderMeta {
  title: string | null;
  byline: string | null;
  published: string | null;
}

function readHeader(items: Item[], head: number[], remove: (i: number, r: string) => void, hints: CleanHints): HeaderMeta {
  const meta: HeaderMeta = { title: cleanOrNull(hints.title), byline: null, published: null };
  const text = (k: number) => items[head[k]].text;
  const headlineAt = (k: number) => k < head.length && (items[head[k]].kind === 'heading' || isHeadlineLike(text(k)));
  let k = 0;
  if (meta.title) {
    const j = head.findIndex((_, n) => n < 3 && sameLine(text(n), meta.title as string));
    if (j >= 0) {
      for (let n = 0; n < j; n++) if (isLabelLike(text(n))) remove(head[n], 'section label');
      remove(head[j], 'headline (title)');
      k = j + 1;
    }
  } else if (headlineAt(0)) {
    const kicker = isLabelLike(text(0), 4) && headlineAt(1) && !sameLine(text(0), text(1)) && text(1).length > text(0).length;
    if (kicker) remove(head[k++], 'section label');
    meta.title = text(k);
    remove(head[k++], 'headline (title)');
  }
  while (meta.title && k < head.length && sameLine(text(k), meta.title)) remove(head[k++], 'duplicate headline');
  for (; k < head.length; k++) {
    const byline = parseByline(text(k));
    const date = byline ? null : parseDateline(text(k));
    if (byline) {
      meta.byline ??= byline;
      remove(head[k], 'byline');
    } else if (date || isDateStamp(text(k))) {
      meta.published ??= date;
      remove(head[k], 'dateline');
    } else if (meta.title && (items[head[k]].kind === 'caption' || isPhotoCaption(text(k), true))) {
      remove(head[k], 'photo caption');
    } else break;
  }
  return meta;
}

/** The date of the first "Published: ..." / "Updated: ..." stamp among the furniture, when the header had none. */
function stampDate(removed: Removed[]): string | null {
  const stamp = removed.find((r) => r.reason === 'dateline stamp');
  return stamp ? firstDate(stamp.text) : null;
}

function cleanOrNull(s: string | null | undefined): string | null {
  const t = s ? normalizeText(s).replace(/\s+/g, ' ').trim() : '';
  return t === '' ? null : t;
}

function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const iso = /^(\d{4}-\d\d-\d\d)/.exec(s.trim());
  return iso ? iso[1] : firstDate(s);
}

function titleFromFileName(fileName: string | undefined): string {
  const base = (fileName ?? '').split(/[\\/]/).pop()?.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim();
  return base || 'Untitled';
}
