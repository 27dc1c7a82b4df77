// Saved web pages (.html, .htm) to clean article text: sanitise, read metadata, Readability, then the text cleaner.

import { Readability } from '@mozilla/readability';
import { cleanBlocks, type CleanResult } from '../../core/text/clean';
import type { FormatResult } from './draft';
import { htmlBlocks } from './html-blocks';
import type { ImportLimits } from './limits';
import { readPageMeta } from './page-meta';
import { parseAndSanitize } from './sanitize';

export interface HtmlArticle extends CleanResult {
  url: string | null;
}

/** Fewer characters than this in Readability's result means it missed the article: use the whole body instead. */
const MIN_READABLE_CHARS = 200;

/** The article in a saved web page. */
export function readHtml(html: string, fileName: string, limits: ImportLimits): FormatResult<HtmlArticle> {
  const parsed = parseAndSanitize(html, limits.maxHtmlDepth);
  if (!parsed.ok) return parsed;
  const doc = parsed.document;
  const meta = readPageMeta(parsed.raw, doc);
  const bodyBlocks = doc.body ? htmlBlocks(doc.body) : [];
  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    article = new Readability<Node>(doc, { serializer: (el) => el, charThreshold: MIN_READABLE_CHARS }).parse();
  } catch {
    article = null; // Readability gives up on odd documents: fall back to the whole body
  }
  const readable = article?.content && (article.textContent ?? '').trim().length >= MIN_READABLE_CHARS;
  const blocks = readable ? htmlBlocks(article!.content as Node) : bodyBlocks;
  const cleaned = cleanBlocks(blocks, {
    title: meta.title ?? article?.title ?? null,
    byline: plausibleByline(meta.byline) ?? plausibleByline(article?.byline ?? null),
    published: meta.published ?? article?.publishedTime ?? null,
    outlet: meta.outlet ?? article?.siteName ?? null,
    fileName,
  });
  if (cleaned.text === '') return { ok: false, reason: 'no article text found in the page' };
  return { ok: true, value: { ...cleaned, url: meta.url } };
}

/** Author metadata that names a person, not a profile URL or a "By" prefix. */
function plausibleByline(s: string | null): string | null {
  const t = s?.replace(/^\s*by\s+/i, '').trim();
  if (!t || /^https?:|[<>@]/.test(t) || t.length > 120) return null;
  return t;
}
