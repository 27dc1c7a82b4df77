// Lines up what several sources say about one subject: their claim sentences grouped into rows of the same statement,
// with the words in each version that some other version of the row does not have.

import type { Span } from '../../shared/model';
import { alignTexts } from './align';
import { tokenize } from './tokens';
import { diffWords } from './word-diff';

/**
 * Least weighted word overlap (rare words weigh more) for two sources' sentences to count as one statement: lower
 * than for aligning copies (0.45), since outlets reword what they take from each other.
 */
export const CLAIM_SIMILARITY = 0.3;

/** One source's version of a row's statement: which of its claims, and the words other versions lack. */
export interface ClaimCell {
  /** Index of the claim in its source's list. */
  claim: number;
  /** Offsets into the claim's text of words missing from at least one other version in the row. */
  marks: Span[];
}

/** One statement across sources: `cells[s]` is source s's version, or null when source s does not make it. */
export interface ClaimRow {
  cells: (ClaimCell | null)[];
}

/**
 * Groups the claims of several sources into rows. Each source's claims (in its own order) are aligned, as a text of
 * one claim a paragraph, with the rows built so far (each row read as its first version); unmatched claims become
 * rows of their own, placed where they fall. Every claim of every source ends up in exactly one row.
 */
export function alignClaims(sources: string[][], options: { minSimilarity?: number } = {}): ClaimRow[] {
  const minSimilarity = options.minSimilarity ?? CLAIM_SIMILARITY;
  const n = sources.length;
  let rows: { ref: string; cells: (number | null)[] }[] = [];
  sources.forEach((claims, s) => {
    if (rows.length === 0) {
      rows = claims.map((text, k) => ({ ref: text, cells: cellsWith(n, s, k) }));
      return;
    }
    if (claims.length === 0) return;
    const left = joinAsParagraphs(rows.map((r) => r.ref));
    const right = joinAsParagraphs(claims);
    const { passages } = alignTexts(left.text, right.text, { oneToOne: true, minSimilarity, minMovedSimilarity: minSimilarity });
    const rowOf = new Map<number, number>(); // claim -> row
    const used = new Set<number>();
    for (const p of passages) {
      if (!p.a || !p.b) continue;
      const row = indexAt(left.starts, p.a[0]);
      const claim = indexAt(right.starts, p.b[0]);
      if (used.has(row) || rowOf.has(claim)) continue;
      used.add(row);
      rowOf.set(claim, row);
    }
    for (const [claim, row] of rowOf) rows[row].cells[s] = claim;
    // new rows for unmatched claims, after the row of the nearest matched claim before them
    const next: typeof rows = [];
    const pending = new Map<number, number[]>(); // row index (-1: before all) -> new claims after it
    let lastRow = -1;
    for (let k = 0; k < claims.length; k++) {
      const row = rowOf.get(k);
      if (row !== undefined) lastRow = row;
      else (pending.get(lastRow) ?? pending.set(lastRow, []).get(lastRow)!).push(k);
    }
    const add = (at: number) => {
      for (const k of pending.get(at) ?? []) next.push({ ref: claims[k], cells: cellsWith(n, s, k) });
    };
    add(-1);
    rows.forEach((r, i) => {
      next.push(r);
      add(i);
    });
    rows = next;
  });
  return rows.map((r) => ({ cells: r.cells.map((claim, s) => (claim === null ? null : { claim, marks: marksFor(sources, r.cells, s) })) }));
}

function cellsWith(n: number, s: number, claim: number): (number | null)[] {
  const cells = new Array<number | null>(n).fill(null);
  cells[s] = claim;
  return cells;
}

function joinAsParagraphs(parts: string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const p of parts) {
    if (text) text += '\n';
    starts.push(text.length);
    text += p.replace(/[\r\n]+/g, ' ');
  }
  return { text, starts };
}

/** Index of the part that holds `offset`, given the parts' start offsets (ascending). */
function indexAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Words of source s's version that some other version in the row lacks, as merged runs relative to the claim. */
function marksFor(sources: string[][], cells: (number | null)[], s: number): Span[] {
  const text = sources[s][cells[s]!];
  const own = tokenize(text);
  const missing = new Uint8Array(own.length);
  cells.forEach((claim, t) => {
    if (t === s || claim === null) return;
    const { diff } = diffWords(own, tokenize(sources[t][claim]));
    let i = 0;
    for (const d of diff) {
      if (d.kind === 'b') continue;
      let end = i;
      while (end < own.length && own[end].end <= d.a![1]) end++;
      if (d.kind === 'a') missing.fill(1, i, end);
      i = end;
    }
  });
  const marks: Span[] = [];
  for (let k = 0; k < own.length; k++) {
    if (!missing[k]) continue;
    const last = marks[marks.length - 1];
    if (last && k > 0 && missing[k - 1]) last[1] = own[k].end;
    else marks.push([own[k].start, own[k].end]);
  }
  return marks;
}

/**
 * Compares a short phrase (a role, say) with the most similar of `others`: its index (null when none shares at least
 * `minSimilarity` of the words, as 2 x common / words of both) and the words of `phrase` that one lacks.
 */
export function differencesFromClosest(phrase: string, others: string[], minSimilarity = 0.5): { closest: number | null; marks: Span[] } {
  const own = tokenize(phrase);
  let best: { k: number; sim: number; diff: ReturnType<typeof diffWords>['diff'] } | null = null;
  others.forEach((other, k) => {
    const theirs = tokenize(other);
    if (own.length + theirs.length === 0) return;
    const { diff, common } = diffWords(own, theirs);
    const sim = (2 * common) / (own.length + theirs.length);
    if (sim >= minSimilarity && (!best || sim > best.sim)) best = { k, sim, diff };
  });
  if (!best) return { closest: null, marks: [] };
  const found = best as { k: number; diff: ReturnType<typeof diffWords>['diff'] };
  return { closest: found.k, marks: found.diff.filter((d) => d.kind === 'a').map((d) => d.a!) };
}
