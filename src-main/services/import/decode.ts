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
  return { ok: true, text: decodeWindows1252(bytes) };
}

/** Windows-1252's characters for bytes 0x80-0x9F (undefined ones stay as their C1 code point). */
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Windows-1252 text. Node's TextDecoder treats the label as ISO-8859-1 (0x93 becomes the control U+0093, which
 * cleaning then deletes), so the 0x80-0x9F range is mapped here by the Windows table: 0x93 is a curly quote.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
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
