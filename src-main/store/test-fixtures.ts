// Shared by the store tests: a temp notebook folder, an article, a note, and a file system that fails on demand.

import * as nodeFs from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, Note } from '../shared/model';
import type { StoreFs } from './durable-file';

export function tempDir(prefix = 'quire-store-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export function article(id: string, text = `Body of ${id}.`): Article {
  return {
    id, title: `Title ${id}`, outlet: 'Outlet', byline: null, published: '2012-07-12', url: null, tags: [],
    text, paragraphs: [[0, text.length]], words: text.split(/\s+/).length,
    source: { fileName: `${id}.txt`, format: 'txt', content: text }, importedAt: '2026-01-01T00:00:00.000Z',
  };
}

export function note(id: string, body = 'x'): Note {
  return { id, title: `Note ${id}`, body, tags: [], created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z' };
}

/** A file system whose writes fail with `code` while `failing.on` is true (reads always work). */
export function failingFs(code: string): { fs: StoreFs; failing: { on: boolean } } {
  const failing = { on: false };
  const fail = () => Object.assign(new Error(`${code}: simulated failure`), { code });
  const fs: StoreFs = {
    ...nodeFs,
    open: (async (path: string, flags?: string) => {
      const fh = await nodeFs.open(path, flags);
      if (!failing.on || flags !== 'w') return fh;
      return Object.assign(Object.create(fh) as typeof fh, {
        writeFile: async () => {
          throw fail();
        },
        close: () => fh.close(),
      });
    }) as StoreFs['open'],
    rename: (async (a: string, b: string) => {
      if (failing.on) throw fail();
      return nodeFs.rename(a, b);
    }) as StoreFs['rename'],
  };
  return { fs, failing };
}
