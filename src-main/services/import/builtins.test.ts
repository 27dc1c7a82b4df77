import { describe, expect, it } from 'vitest';
import { withNativeBuiltins } from './builtins';

describe('withNativeBuiltins', () => {
  it('puts back built-ins that loading pdf.js replaces, and keeps what it adds', async () => {
    const native = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push };
    const { restored } = await withNativeBuiltins(() => import('pdfjs-dist/legacy/build/pdf.mjs'));
    expect(JSON.stringify).toBe(native.stringify);
    expect(JSON.parse).toBe(native.parse);
    expect(Array.prototype.push).toBe(native.push);
    expect(restored).toEqual(expect.arrayContaining(['JSON.stringify', 'Array.prototype.push']));
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe('function'); // an addition stays
  });

  it('restores a method a loader overwrites by hand', async () => {
    const original = Math.max;
    const { restored } = await withNativeBuiltins(async () => {
      Math.max = () => 0;
    });
    expect(Math.max).toBe(original);
    expect(restored).toEqual(['Math.max']);
  });
});
