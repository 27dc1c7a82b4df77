// Values held in memory as deflated JSON bytes and unpacked only while read: tens of thousands of small objects (an
// article's extraction, its story-map shape) take a tenth of their heap size this way, outside the JS heap.

import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** JSON text, as read from a cache, or deflated JSON bytes. */
export type PackedJson = string | Uint8Array;

/** Deflated JSON in an array buffer of its own (a view on a shared pool would carry the whole pool across threads). */
export function packJson(value: unknown): Uint8Array {
  return new Uint8Array(deflateRawSync(JSON.stringify(value), { level: 1 }));
}

export function jsonText(p: PackedJson): string {
  return typeof p === 'string' ? p : inflateRawSync(p).toString('utf8');
}

export function unpack<T>(p: PackedJson): T {
  return JSON.parse(jsonText(p)) as T;
}
