// Expands the paths given to an import (files and folders, recursively) into the files Quire can read.

import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { SourceFormat } from '../../shared/model';

export const FORMAT_BY_EXTENSION: Record<string, SourceFormat> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.pdf': 'pdf', '.epub': 'epub',
};

/** The format of a file name by its extension, or null when Quire does not read it. */
export function formatOf(file: string): SourceFormat | null {
  return FORMAT_BY_EXTENSION[extname(file).toLowerCase()] ?? null;
}

export interface Collected {
  files: string[];
  skipped: { file: string; reason: string }[];
}

/**
 * Readable files under `paths`, in the order given (folders sorted by name). Hidden files and folders (".name") and
 * unsupported extensions inside folders are skipped with a reason; a folder reached twice through symbolic links is
 * read once, so link loops end. A file named explicitly is listed even if hidden, but must have a known extension.
 */
export async function collectFiles(paths: string[]): Promise<Collected> {
  const out: Collected = { files: [], skipped: [] };
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const visit = async (path: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'not found' : code === 'ELOOP' ? 'symbolic link loop' : `cannot open (${code ?? 'error'})`;
      out.skipped.push({ file: path, reason });
      return;
    }
    if (!explicit && basename(path).startsWith('.')) {
      out.skipped.push({ file: path, reason: info.isDirectory() ? 'hidden folder' : 'hidden file' });
      return;
    }
    const real = await realpath(path).catch(() => path);
    if (info.isDirectory()) {
      if (seenDirs.has(real)) return; // reached again through a link: already read
      seenDirs.add(real);
      let entries: Dirent[];
      try {
        entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch (e) {
        out.skipped.push({ file: path, reason: `cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
        return;
      }
      for (const entry of entries) {
        const child = join(path, entry.name);
        // A plain file in a folder needs no stat or realpath of its own (10,000 files: 20,000 fewer system calls).
        if (entry.isFile()) addFile(child, join(real, entry.name), false);
        else await visit(child, false);
      }
    } else if (!info.isFile()) {
      out.skipped.push({ file: path, reason: 'not a regular file' });
    } else addFile(path, real, explicit);
  };
  const addFile = (path: string, real: string, explicit: boolean) => {
    if (!explicit && basename(path).startsWith('.')) out.skipped.push({ file: path, reason: 'hidden file' });
    else if (!formatOf(path)) {
      const ext = extname(path).toLowerCase();
      out.skipped.push({ file: path, reason: ext ? `unsupported file type ${ext}` : 'no file extension' });
    } else if (!seenFiles.has(real)) {
      seenFiles.add(real);
      out.files.push(path);
    }
  };
  for (const p of paths) await visit(p, true);
  return out;
}
