// One article's extraction packed as JSON text, deflated when it comes from a worker: what the figures service holds
// in memory and writes to its cache. At 10,000 articles the people and candidates as objects take ~150 MB of heap;
// packed they take ~15 MB, and each is unpacked only while resolution reads it.

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ArticleExtraction } from '../core/figures';

/** JSON text, as read from the cache, or deflated JSON bytes, as made by a worker. */
export type PackedJson = string | Uint8Array;

export interface PackedExtraction {
  articleId: string;
  people: PackedJson;
  candidates: PackedJson;
}

/** Deflated JSON in an array buffer of its own (a view on a shared pool would carry the whole pool across threads). */
function deflated(value: unknown): Uint8Array {
  return new Uint8Array(deflateRawSync(JSON.stringify(value), { level: 1 }));
}

export function packExtraction(ex: ArticleExtraction): PackedExtraction {
  return { articleId: ex.articleId, people: deflated(ex.people), candidates: deflated(ex.candidates) };
}

export function jsonText(p: PackedJson): string {
  return typeof p === 'string' ? p : inflateRawSync(p).toString('utf8');
}

export function unpack<T>(p: PackedJson): T {
  return JSON.parse(jsonText(p)) as T;
}
