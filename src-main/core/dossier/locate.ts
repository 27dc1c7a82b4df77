// Where things are in an article: paragraph lookup, the sentences around a mention, copy groups, comparison keys.

import type { Span } from '../../shared/model';
import { splitSentences } from '../text/sentences';

/** The article's paragraph spans, or, when it has none recorded, its non-blank lines. */
export function paragraphSpans(text: string, paragraphs: Span[]): Span[] {
  if (paragraphs.length > 0) return paragraphs;
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push([m.index + lead, m.index + lead + body.length]);
  }
  return out;
}

/** 0-based index of the paragraph holding `offset` (the one before it when `offset` falls between two). */
export function paragraphIndexAt(paragraphs: Span[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid][0] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The passages of one paragraph that hold the given ranges: the sentences overlapping them, consecutive ones
 * merged. A range no sentence covers yields the whole paragraph.
 */
export function passageSpans(text: string, paragraph: Span, ranges: Span[]): Span[] {
  const sentences = splitSentences(text, paragraph[0], paragraph[1]);
  const chosen = new Set<number>();
  for (const [s, e] of ranges) {
    let hit = false;
    sentences.forEach(([a, b], i) => {
      if (s < b && e > a) {
        chosen.add(i);
        hit = true;
      }
    });
    if (!hit) return [paragraph];
  }
  const out: Span[] = [];
  [...chosen]
    .sort((a, b) => a - b)
    .forEach((i) => {
      const last = out[out.length - 1];
      if (last && chosen.has(i - 1)) last[1] = sentences[i][1];
      else out.push([sentences[i][0], sentences[i][1]]);
    });
  return out;
}

/** A key that ignores case, punctuation and spacing, for spotting the same words in two places. */
export function compareKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Article id -> a representative id shared by every article linked to it through `copies` (in either direction). */
export function copyGroups(copies: Record<string, string[]>): (id: string) => string {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    let cur = id;
    while (cur !== root) {
      const next = parent.get(cur)!;
      parent.set(cur, root);
      cur = next;
    }
    return root;
  };
  for (const [id, others] of Object.entries(copies)) {
    for (const other of others) {
      const a = find(id);
      const b = find(other);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  return find;
}

/** Date order, undated last; `published` is ISO so string order is date order. */
export function byDateThenTitle<T extends { published: string | null; title: string }>(a: T, b: T): number {
  if (a.published && b.published && a.published !== b.published) return a.published < b.published ? -1 : 1;
  if (!a.published !== !b.published) return a.published ? -1 : 1;
  return a.title.localeCompare(b.title);
}
