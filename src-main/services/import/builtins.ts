// Loads a library without letting it replace the runtime's own built-ins (pdf.js's legacy build brings core-js).
//
// pdfjs-dist's legacy build, the one that runs in Node 20, installs core-js polyfills when it loads. Most add what
// Node 20 lacks (Promise.withResolvers, Set methods) and are kept; but some replace working natives with slow
// JavaScript versions for every caller in the process: JSON.stringify and JSON.parse (for JSON.rawJSON) and
// Array.prototype.push. Measured here, that made every store write ~10x slower once one file had been imported.
// `withNativeBuiltins` puts back any built-in that loading replaced; what it added stays.

type Owner = Record<PropertyKey, unknown>;

const OWNERS: [string, Owner][] = [
  ['JSON', JSON as unknown as Owner],
  ['Object', Object as unknown as Owner],
  ['Array', Array as unknown as Owner],
  ['Array.prototype', Array.prototype as unknown as Owner],
  ['String.prototype', String.prototype as unknown as Owner],
  ['Promise', Promise as unknown as Owner],
  ['Promise.prototype', Promise.prototype as unknown as Owner],
  ['Map', Map as unknown as Owner],
  ['Map.prototype', Map.prototype as unknown as Owner],
  ['Set.prototype', Set.prototype as unknown as Owner],
  ['RegExp.prototype', RegExp.prototype as unknown as Owner],
  ['Math', Math as unknown as Owner],
  ['Reflect', Reflect as unknown as Owner],
  ['Uint8Array.prototype', Uint8Array.prototype as unknown as Owner],
  ['TypedArray.prototype', Object.getPrototypeOf(Uint8Array.prototype) as Owner],
  ['ArrayBuffer.prototype', ArrayBuffer.prototype as unknown as Owner],
];

/** Runs `load` and restores every built-in method it replaced; returns the names it put back. */
export async function withNativeBuiltins<T>(load: () => Promise<T>): Promise<{ value: T; restored: string[] }> {
  const saved = OWNERS.map(([name, owner]) => {
    const descriptors = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(owner)) {
      const d = Object.getOwnPropertyDescriptor(owner, key);
      if (d && typeof d.value === 'function') descriptors.set(key, d);
    }
    return { name, owner, descriptors };
  });
  const value = await load();
  const restored: string[] = [];
  for (const { name, owner, descriptors } of saved) {
    for (const [key, d] of descriptors) {
      if (Object.getOwnPropertyDescriptor(owner, key)?.value === d.value) continue;
      Object.defineProperty(owner, key, d);
      restored.push(`${name}.${String(key)}`);
    }
  }
  return { value, restored };
}
