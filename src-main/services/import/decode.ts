// Bytes to text for text formats: BOM-aware UTF-8/UTF-16 decoding, binary detection, a Windows-1252 fallback.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** More invalid UTF-8 than this (share of bytes) means the file is not UTF-8. */
const MAX_INVALID_UTF8 = 0.01;
/** More non-whitespace control bytes than this (share of bytes) means the file is binary, not legacy-encoded text. */
const MAX_CONTROL = 0.02;

/** Text of `bytes`, or why it is not a text file. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  const invalid = (text.match(/\uFFFD/g) ?? []).length - countLiteralReplacementChars(bytes);
  if (invalid / Math.max(1, bytes.length) <= MAX_INVALID_UTF8) return { ok: true, text };
  let control = 0;
  for (const b of bytes) if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  if (control / bytes.length > MAX_CONTROL) return { ok: false, reason: 'binary file (not valid UTF-8 text)' };
  return { ok: true, text: new TextDecoder('windows-1252').decode(bytes) };
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): Decoded {
  const text = new TextDecoder(label).decode(bytes);
  if (text.includes('\u0000')) return { ok: false, reason: 'binary file (contains NUL characters), not text' };
  return { ok: true, text };
}

/** U+FFFD written in the file itself (EF BF BD) is text, not a decoding error. */
function countLiteralReplacementChars(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}
