// The story map's per-article shapes (paragraph and sentence spans, date expressions, the original file's latest full
// date), held packed: deflated JSON per article, unpacked only while read. At 10,000 articles the shapes as objects
// took ~150 MB of heap for as long as the process lived (every article's shape is read once for a dossier's date
// reference); packed they take ~12 MB outside the heap. The cache on disk holds the same bytes in base64.

import type { DateExpression } from '../core/timeline/types';
import type { Span } from '../shared/model';
import { packJson, unpack } from './packed-json';

export interface Shape {
  paragraphs: Span[];
  sentences: Span[];
  dates: DateExpression[];
  sourceDate: { date: string; text: string } | null; // latest full date in the original file (see reference.ts)
}

/** The cache file's form: base64 of each shape's deflated JSON, by article id. */
export interface ShapesCacheFile {
  version: string;
  byId: Record<string, string>;
}

export class ShapeStore {
  private packed = new Map<string, Uint8Array>();

  has(id: string): boolean {
    return this.packed.has(id);
  }

  /** A fresh copy of the article's shape (callers may keep or change it). */
  get(id: string): Shape | undefined {
    const p = this.packed.get(id);
    return p && unpack<Shape>(p);
  }

  set(id: string, shape: Shape): void {
    this.packed.set(id, packJson(shape));
  }

  /** A shape already packed (by a worker, see storymap-shape.ts). */
  setPacked(id: string, packed: Uint8Array): void {
    this.packed.set(id, packed);
  }

  /** Takes the shapes of a cache file written with `version`; a file of another version (or none) adds nothing. */
  load(file: ShapesCacheFile | undefined, version: string): void {
    if (file?.version !== version || !file.byId || typeof file.byId !== 'object') return;
    for (const [id, b64] of Object.entries(file.byId)) {
      if (typeof b64 === 'string') this.packed.set(id, new Uint8Array(Buffer.from(b64, 'base64')));
    }
  }

  /** The cache file for the articles `ids` (shapes of others, deleted since, are left out). */
  toFile(ids: Iterable<string>, version: string): ShapesCacheFile {
    const byId: Record<string, string> = {};
    for (const id of ids) {
      const p = this.packed.get(id);
      if (p) byId[id] = Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString('base64');
    }
    return { version, byId };
  }
}
