import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, straightenQuotes } from './normalize';

describe('normalizeText', () => {
  it('turns CRLF and CR into LF and U+2029 into a blank line', () => {
    expect(normalizeText('a\r\nb\rc\u2029d')).toBe('a\nb\nc\n\nd');
  });
  it('turns NBSP, narrow NBSP, tabs and ideographic spaces into one space', () => {
    expect(normalizeText('London,\u00A0 Khaled\t\u202Fal-Ayoubi\u3000said')).toBe('London, Khaled al-Ayoubi said');
  });
  it('removes zero-width spaces, BOM, soft hyphens, bidi controls and C0/C1 controls but keeps newlines', () => {
    expect(normalizeText('\uFEFFde\u00ADfect\u200Bed \u202Bنواف\u202C \u200Ffares\u0007\u0085\nok')).toBe('defected نواف fares\nok');
  });
  it('keeps ZWNJ between letters (Persian) and drops it elsewhere', () => {
    expect(normalizeText('می\u200Cخواهم \u200C x')).toBe('می\u200Cخواهم x');
  });
  it('straightens curly quotes and primes, keeps guillemets', () => {
    expect(straightenQuotes('“It’s ‘done’” «ok»')).toBe('"It\'s \'done\'" «ok»');
  });
  it('composes to NFC and trims lines', () => {
    expect(normalizeText('  charge\u0301  \n')).toBe('chargé\n');
  });
  it('is idempotent and leaves no control or invisible characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
        expect(once).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\r]/);
      }),
    );
  });
});
