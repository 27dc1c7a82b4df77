// EPUB to clean text: the zip is read with fflate, the OPF spine gives chapter order, chapters go through the HTML path.

import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { JSDOM } from 'jsdom';
import type { Block } from '../../core/text/blocks';
import { cleanBlocks, type CleanResult } from '../../core/text/clean';
import { groupSpans } from '../../core/text/groups';
import type { Span } from '../../shared/model';
import type { FormatResult } from './draft';
import { htmlBlocks } from './html-blocks';
import { formatBytes, type ImportLimits } from './limits';
import { parseAndSanitize } from './sanitize';

export interface EpubArticle extends CleanResult {
  chapters: { title: string; span: Span }[];
}

interface Opf {
  dir: string;
  meta: { title: string | null; creator: string | null; date: string | null; publisher: string | null };
  spine: string[]; // zip paths of the XHTML chapters in reading order
}

/** The text of an EPUB book or article collection, with one span per chapter. */
export function readEpub(bytes: Uint8Array, fileName: string, limits: ImportLimits): FormatResult<EpubArticle> {
  const zip = unzipWithin(bytes, limits);
  if (!zip.ok) return zip;
  const opf = readOpf(zip.value);
  if (!opf.ok) return opf;
  const blocks: Block[] = [];
  const chapterOfBlock: number[] = [];
  const titles: string[] = [];
  for (const path of opf.value.spine) {
    const data = zip.value[path];
    if (!data) continue;
    const parsed = parseAndSanitize(strFromU8(data), limits.maxHtmlDepth);
    if (!parsed.ok) return { ok: false, reason: `chapter ${path}: ${parsed.reason}` };
    const doc = parsed.document;
    const chapterBlocks = doc.body ? htmlBlocks(doc.body) : [];
    if (chapterBlocks.length === 0) continue;
    const heading = chapterBlocks.find((b) => b.kind === 'heading')?.text ?? doc.title.trim();
    titles.push(heading || `Chapter ${titles.length + 1}`);
    for (const b of chapterBlocks) {
      blocks.push(b);
      chapterOfBlock.push(titles.length - 1);
    }
  }
  const { meta } = opf.value;
  const cleaned = cleanBlocks(blocks, { title: meta.title, byline: meta.creator, published: meta.date, outlet: meta.publisher, fileName });
  if (cleaned.text === '') return { ok: false, reason: 'no text found in the EPUB' };
  const spans = groupSpans(cleaned.paragraphs, cleaned.origins, chapterOfBlock, titles.length);
  return { ok: true, value: { ...cleaned, chapters: titles.map((title, i) => ({ title, span: spans[i] })) } };
}

function unzipWithin(bytes: Uint8Array, limits: ImportLimits): FormatResult<Unzipped> {
  let entries = 0;
  let total = 0;
  let over = false;
  try {
    const files = unzipSync(bytes, {
      filter: (f) => {
        entries++;
        total += f.originalSize;
        if (entries > limits.maxZipEntries || total > limits.maxZipBytes) over = true;
        return !over && !f.name.endsWith('/');
      },
    });
    if (over) {
      return { ok: false, reason: `EPUB too large when unpacked (over ${limits.maxZipEntries} files or ${formatBytes(limits.maxZipBytes)})` };
    }
    return { ok: true, value: files };
  } catch (e) {
    return { ok: false, reason: `not a readable EPUB (zip): ${e instanceof Error ? e.message : String(e)}` };
  }
}

function xml(text: string): Document | null {
  try {
    return new JSDOM(text, { contentType: 'application/xml' }).window.document;
  } catch {
    return null;
  }
}

function readOpf(zip: Unzipped): FormatResult<Opf> {
  const container = zip['META-INF/container.xml'] && xml(strFromU8(zip['META-INF/container.xml']));
  const opfPath = container?.getElementsByTagNameNS('*', 'rootfile')[0]?.getAttribute('full-path');
  if (!opfPath || !zip[opfPath]) return { ok: false, reason: 'not an EPUB (no META-INF/container.xml or package file)' };
  const opf = xml(strFromU8(zip[opfPath]));
  if (!opf) return { ok: false, reason: 'EPUB package file is not well-formed XML' };
  const dir = opfPath.includes('/') ? opfPath.slice(0, opfPath.lastIndexOf('/') + 1) : '';
  const dc = (name: string) => opf.getElementsByTagNameNS('*', name)[0]?.textContent?.trim() || null;
  const manifest = new Map<string, { href: string; type: string }>();
  for (const item of Array.from(opf.getElementsByTagNameNS('*', 'item'))) {
    manifest.set(item.getAttribute('id') ?? '', { href: item.getAttribute('href') ?? '', type: item.getAttribute('media-type') ?? '' });
  }
  const spine = Array.from(opf.getElementsByTagNameNS('*', 'itemref'))
    .map((ref) => manifest.get(ref.getAttribute('idref') ?? ''))
    .filter((it): it is { href: string; type: string } => !!it && /html/.test(it.type))
    .map((it) => resolvePath(dir, it.href));
  if (spine.length === 0) return { ok: false, reason: 'EPUB has no readable chapters in its spine' };
  return {
    ok: true,
    value: { dir, spine, meta: { title: dc('title'), creator: dc('creator'), date: dc('date'), publisher: dc('publisher') } },
  };
}

/** Zip path of `href` relative to the folder `dir` ("OEBPS/"), with "..", "." and %-escapes resolved. */
export function resolvePath(dir: string, href: string): string {
  const parts: string[] = [];
  let clean = href.split('#')[0];
  try {
    clean = decodeURIComponent(clean);
  } catch {
    // keep the raw href
  }
  for (const seg of (dir + clean).split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}
