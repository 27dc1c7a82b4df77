// Article metadata of a saved web page: title, byline, site name, date and URL from meta tags, JSON-LD and <time>.

import { firstDate } from '../../core/text/header';
import type { RawPageMeta } from './sanitize';

export interface PageMeta {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null; // YYYY-MM-DD
  url: string | null;
}

type Json = Record<string, unknown>;

/** Objects of the JSON-LD blocks (top level, arrays and @graph), skipping blocks that do not parse. */
function jsonLdObjects(blocks: string[]): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      if ('@graph' in (v as Json)) visit((v as Json)['@graph']);
    }
  };
  for (const b of blocks) {
    try {
      visit(JSON.parse(b));
    } catch {
      // a broken JSON-LD block is ignored, like a browser would
    }
  }
  return out;
}

const ARTICLE_TYPE = /Article|Posting|Report|BlogPosting|WebPage/i;

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (Array.isArray(v)) return v.map(str).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && 'name' in v) return str((v as Json).name);
  return null;
}

/** ISO date (YYYY-MM-DD) of a timestamp or date string, or null. */
export function toIsoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const iso = /^\s*(\d{4}-\d\d-\d\d)/.exec(s);
  return iso ? iso[1] : firstDate(s);
}

/** Metadata from what the sanitiser collected and from the sanitised document itself. */
export function readPageMeta(raw: RawPageMeta, doc: Document): PageMeta {
  const m = (...keys: string[]) => keys.map((k) => raw.meta.get(k)).find((v) => v && v.trim())?.trim() ?? null;
  const ld = jsonLdObjects(raw.jsonLd).find((o) => ARTICLE_TYPE.test(String(o['@type'] ?? ''))) ?? {};
  const time = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? null;
  return {
    title: str(ld.headline) ?? m('og:title', 'twitter:title', 'headline', 'dc.title') ?? (doc.title.trim() || null),
    byline: str(ld.author) ?? m('author', 'article:author', 'byl', 'dc.creator', 'parsely-author'),
    outlet: str(ld.publisher) ?? m('og:site_name', 'application-name', 'publisher', 'dc.publisher'),
    published:
      toIsoDate(m('article:published_time', 'datepublished', 'pubdate', 'publishdate', 'dc.date', 'date')) ??
      toIsoDate(str(ld.datePublished)) ??
      toIsoDate(time),
    url: raw.canonical ?? m('og:url') ?? null,
  };
}
