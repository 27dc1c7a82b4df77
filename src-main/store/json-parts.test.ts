import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonParts } from './json-parts';

describe('jsonParts', () => {
  it('gives JSON.stringify text in parts', () => {
    fc.assert(fc.property(fc.anything({ withDate: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true }), fc.integer({ min: 1, max: 64 }), (value, size) => {
      expect([...jsonParts(value, size)].join('')).toBe(JSON.stringify(value) ?? 'null');
    }), { numRuns: 500 });
  });

  it('leaves out what JSON leaves out of objects and writes null for it in arrays', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s')], d: new Date(0), e: { toJSON: () => 'x' } };
    expect([...jsonParts(value)].join('')).toBe(JSON.stringify(value));
  });

  it('cuts a large value into parts of about the given size', () => {
    const value = { terms: Array.from({ length: 10_000 }, (_, i) => `term${i}`), lengths: Array.from({ length: 1000 }, () => [1, 2, 3]) };
    const parts = [...jsonParts(value, 4096)];
    expect(parts.join('')).toBe(JSON.stringify(value));
    expect(parts.length).toBeGreaterThan(20);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(4096 + 64);
  });
});
