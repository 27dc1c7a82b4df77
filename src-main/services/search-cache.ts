// The search index's phrase signatures as a cache file: JSON with their bytes in base64, written a few MB at a time
// (at 10,000 articles the signatures are 18 MB: one base64 string of them, then its JSON text and that text's bytes,
// were the largest part of a first search's peak memory).

import type { SavedPhrases } from '../core/search/index';

/** The phrase signatures as JSON: their bytes in base64. */
export type StoredPhrases = Omit<SavedPhrases, 'signatures'> & { signatures: string };

const CHUNK = 3 * 256 * 1024; // bytes, a multiple of 3: the base64 of the chunks joins up into that of the whole

/** The JSON text of `p` as stored (the text JSON.stringify gives), in parts. */
export function* phrasesJson(p: SavedPhrases): Generator<string> {
  const { signatures, offsets, ...head } = p;
  yield `${JSON.stringify(head).slice(0, -1)},"signatures":"`;
  for (let at = 0; at < signatures.length; at += CHUNK) {
    yield Buffer.from(signatures.buffer, signatures.byteOffset + at, Math.min(CHUNK, signatures.length - at)).toString('base64');
  }
  yield `","offsets":${JSON.stringify(offsets)}}`;
}

/** The signatures of a stored file, or undefined when it is not one. */
export function phrasesOf(stored: StoredPhrases | undefined): SavedPhrases | undefined {
  if (typeof stored?.signatures !== 'string') return undefined;
  const bytes = Buffer.from(stored.signatures, 'base64');
  return { ...stored, signatures: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}
