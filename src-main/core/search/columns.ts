// Search documents saved column by column (one array per field, documents in the index's own order): opening a saved
// index parses a few long arrays and makes no object per document; a document is put together when a query needs it.

import type { StoredDoc } from './types';

/** One array per field; `null` where a document has no value. */
export type DocColumns = { [K in keyof StoredDoc]?: (StoredDoc[K] | null)[] };

export function toColumns(docs: readonly StoredDoc[]): DocColumns {
  const cols: Record<string, unknown[]> = {};
  docs.forEach((d, i) => {
    for (const [field, value] of Object.entries(d)) {
      if (value === undefined || value === null) continue;
      (cols[field] ??= new Array<unknown>(docs.length).fill(null))[i] = value;
    }
  });
  return cols as DocColumns;
}

/** The i-th document (fields without a value are left out). */
export function docAt(cols: DocColumns, i: number): StoredDoc {
  const doc: Record<string, unknown> = {};
  for (const field in cols) {
    const value = cols[field as keyof StoredDoc]![i];
    if (value !== null && value !== undefined) doc[field] = value;
  }
  return doc as unknown as StoredDoc;
}

/** How many documents the columns hold (every document has a kind), or -1 when they are not columns at all. */
export function columnsLength(cols: unknown): number {
  const kind = (cols as DocColumns | null)?.kind;
  return Array.isArray(kind) && kind.every((k) => typeof k === 'string') ? kind.length : -1;
}
