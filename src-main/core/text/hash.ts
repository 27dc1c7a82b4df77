// Content hashing for article ids: a stable, short hex digest of a string (FNV-1a 64-bit, pure, no node:crypto).

/** 16 hex digits identifying `text`; equal texts give equal ids on every platform. */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5 ^ 0;
  let h2 = 0xcbf29ce4 ^ 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
