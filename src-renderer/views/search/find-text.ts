// Finding a typed string in an article's text for the reader's find bar: case- and accent-insensitive, offsets exact.

import type { Span } from '../../../src-main/shared/model';

/** Folds one UTF-16 unit for comparison (lower case, accents dropped) without changing the text's length. */
function foldChar(c: string): string {
  const base = c.normalize('NFD')[0] ?? c;
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : c;
}

export function foldSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}

/** Every non-overlapping occurrence of `query` in `text`, at most `limit`. Whitespace in the query matches any run. */
export function findAll(text: string, query: string, limit = 5000): Span[] {
  const q = foldSameLength(query.trim());
  if (!q) return [];
  const hay = foldSameLength(text);
  const pattern = new RegExp(q.split(/\s+/).map(escape).join('\\s+'), 'g');
  const out: Span[] = [];
  for (let m = pattern.exec(hay); m && out.length < limit; m = pattern.exec(hay)) {
    if (m[0].length === 0) { pattern.lastIndex++; continue; }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
