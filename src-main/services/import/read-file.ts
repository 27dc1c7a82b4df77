// One file to an ArticleDraft: size and type checks, the format's reader, common fields; never throws for a bad file.

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { cleanText, type CleanResult } from '../../core/text/clean';
import { countWords } from '../../core/text/words';
import type { SourceFormat } from '../../shared/model';
import { formatOf } from './collect';
import { decodeText } from './decode';
import type { ArticleDraft, FormatResult, ImportFileResult } from './draft';
import { DEFAULT_LIMITS, formatBytes, type ImportLimits } from './limits';

type Parsed = CleanResult & { url?: string | null; pages?: ArticleDraft['pages']; chapters?: ArticleDraft['chapters'] };

/** Read `path` into a draft article, or say in one line why it cannot be imported. */
export async function readImportFile(path: string, limits: ImportLimits = DEFAULT_LIMITS): Promise<ImportFileResult> {
  const loaded = await loadImportFile(path, limits);
  return loaded.ok ? parseImportFile(path, loaded.bytes, limits) : loaded;
}

export type LoadedFile = { ok: true; bytes: Uint8Array } | { ok: false; file: string; reason: string };

/** The bytes of `path` after the type and size checks: the I/O half of an import, which can run ahead of parsing. */
export async function loadImportFile(path: string, limits: ImportLimits = DEFAULT_LIMITS): Promise<LoadedFile> {
  const fail = (reason: string): LoadedFile => ({ ok: false, file: path, reason });
  if (!formatOf(path)) return fail('unsupported file type');
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('not a regular file');
    if (info.size === 0) return fail('empty file');
    if (info.size > limits.maxBytes) return fail(`file too large (${formatBytes(info.size)}; limit ${formatBytes(limits.maxBytes)})`);
    return { ok: true, bytes: new Uint8Array(await readFile(path)) };
  } catch (e) {
    return fail(fileError(e));
  }
}

/** A draft from the bytes of `path` (already loaded and checked), or why it cannot be imported. */
export async function parseImportFile(path: string, bytes: Uint8Array, limits: ImportLimits = DEFAULT_LIMITS): Promise<ImportFileResult> {
  const fail = (reason: string): ImportFileResult => ({ ok: false, file: path, reason });
  const format = formatOf(path);
  if (!format) return fail('unsupported file type');
  if (bytes.length === 0) return fail('empty file');
  if (bytes.length > limits.maxBytes) return fail(`file too large (${formatBytes(bytes.length)}; limit ${formatBytes(limits.maxBytes)})`);
  try {
    const fileName = basename(path);
    const parsed = await parseFormat(format, bytes, fileName, limits);
    if (!parsed.ok) return fail(parsed.reason);
    return { ok: true, draft: toDraft(parsed.value, format, bytes, fileName) };
  } catch (e) {
    return fail(fileError(e));
  }
}

function fileError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'not found';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  return `could not read: ${String(err?.message ?? e).split('\n')[0]}`;
}

/**
 * The readers of HTML, PDF and EPUB load on their first file: jsdom and pdf.js take ~40 MB of heap in every thread
 * that loads them, and a batch of plain text or Markdown (each parse worker, the main thread) never needs them.
 */
let html: Promise<typeof import('./html')> | undefined;
let pdf: Promise<typeof import('./pdf')> | undefined;
let epub: Promise<typeof import('./epub')> | undefined;

async function parseFormat(format: SourceFormat, bytes: Uint8Array, fileName: string, limits: ImportLimits): Promise<FormatResult<Parsed>> {
  if (format === 'pdf') return (await (pdf ??= import('./pdf'))).readPdf(bytes, fileName, limits);
  if (format === 'epub') return (await (epub ??= import('./epub'))).readEpub(bytes, fileName, limits);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  if (decoded.text.trim() === '') return { ok: false, reason: 'empty file (only white space)' };
  if (format === 'html') return (await (html ??= import('./html'))).readHtml(decoded.text, fileName, limits);
  const cleaned = cleanText(decoded.text, { format, fileName });
  return cleaned.text === '' ? { ok: false, reason: 'no article text left after removing page furniture' } : { ok: true, value: cleaned };
}

function toDraft(p: Parsed, format: SourceFormat, bytes: Uint8Array, fileName: string): ArticleDraft {
  const binary = format === 'pdf' || format === 'epub';
  const draft: ArticleDraft = {
    title: p.title,
    outlet: p.outlet,
    byline: p.byline,
    published: p.published,
    url: p.url ?? null,
    tags: [],
    text: p.text,
    paragraphs: p.paragraphs,
    words: countWords(p.text),
    source: binary
      ? { fileName, format, content: Buffer.from(bytes).toString('base64'), encoding: 'base64' }
      : { fileName, format, content: originalText(bytes), encoding: 'utf8' },
  };
  if (p.pages) draft.pages = p.pages;
  if (p.chapters) draft.chapters = p.chapters;
  return draft;
}

/** The file's own text (decoded as for cleaning, so legacy encodings read correctly). */
function originalText(bytes: Uint8Array): string {
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded.text : '';
}
