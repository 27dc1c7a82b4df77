// Limits that keep a bad or hostile file from exhausting memory or time during import; documented defaults.

export interface ImportLimits {
  /** Largest file read at all (bytes). Default 20 MB: a long news PDF is ~2 MB, a book-length EPUB ~5 MB. */
  maxBytes: number;
  /** Deepest element nesting accepted in HTML/XHTML. Real pages stay under ~60; jsdom slows down sharply past that. */
  maxHtmlDepth: number;
  /** Most PDF pages read. */
  maxPdfPages: number;
  /** Most entries in an EPUB (zip) and their total declared uncompressed size (zip-bomb guard). */
  maxZipEntries: number;
  maxZipBytes: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxHtmlDepth: 200,
  maxPdfPages: 2000,
  maxZipEntries: 5000,
  maxZipBytes: 100 * 1024 * 1024,
};

/** "20 MB" style size for messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
