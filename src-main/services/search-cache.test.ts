import { describe, expect, it } from 'vitest';
import type { SavedPhrases } from '../core/search/index';
import { phrasesJson, phrasesOf } from './search-cache';

const phrases = (n: number): SavedPhrases => ({
  format: 'quire-search-phrases', version: 2, stamp: 's-1',
  signatures: Uint8Array.from({ length: n }, (_, i) => (i * 37) % 256), offsets: [0, Math.floor(n / 2), n],
});

describe('stored phrase signatures', () => {
  it('are written in parts as the whole JSON text would be, and read back', () => {
    for (const n of [0, 1, 2, 3, 786_431, 786_432, 786_433, 2_000_000]) { // parts of 786,432 bytes
      const p = phrases(n);
      const text = [...phrasesJson(p)].join('');
      expect(text === JSON.stringify({ ...p, signatures: Buffer.from(p.signatures).toString('base64') })).toBe(true);
      const { signatures, ...rest } = phrasesOf(JSON.parse(text))!;
      expect(rest).toEqual({ format: p.format, version: p.version, stamp: p.stamp, offsets: p.offsets });
      expect(Buffer.from(signatures).equals(Buffer.from(p.signatures))).toBe(true);
    }
  });

  it('write a view of a larger buffer as its own bytes', () => {
    const whole = Uint8Array.from({ length: 100 }, (_, i) => i);
    const p = { ...phrases(0), signatures: whole.subarray(10, 20), offsets: [0, 10] };
    expect(phrasesOf(JSON.parse([...phrasesJson(p)].join('')))!.signatures).toEqual(whole.subarray(10, 20));
  });

  it('are not read from something else', () => {
    expect(phrasesOf(undefined)).toBeUndefined();
    expect(phrasesOf({ signatures: 3 } as never)).toBeUndefined();
  });
});
