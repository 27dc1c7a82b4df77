import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from './decode';

describe('decoding legacy text', () => {
  it('maps Windows-1252 bytes 0x80-0x9F to their characters (curly quotes, dashes, euro), not C1 controls', () => {
    expect(decodeWindows1252(Uint8Array.from([0x93, 0x61, 0x94, 0x20, 0x96, 0x20, 0x80, 0x85, 0xe9]))).toBe('\u201Ca\u201D \u2013 \u20AC\u2026é');
  });
  it('falls back to Windows-1252 for text that is not UTF-8', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('The caf'), 0xe9, 0x20, 0x93, ...new TextEncoder().encode('owner'), 0x94, 0x20, 0x97, ...new TextEncoder().encode(' said so.')]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'The café \u201Cowner\u201D \u2014 said so.' });
  });
});
