// Word-level differences between two aligned passages, as runs with absolute offsets in each text (jsdiff).

import { diffArrays } from 'diff';
import type { Span } from '../../shared/model';
import type { Token } from './tokens';

/** A run of words: common to both texts ('same'), only in A ('a'), or only in B ('b'). */
export interface WordDiff {
  kind: 'same' | 'a' | 'b';
  a?: Span;
  b?: Span;
}

export interface WordDiffResult {
  diff: WordDiff[];
  /** Words common to both sides, in order. */
  common: number;
}

/** Diffs the words of two passages by their folded keys; spans run from a run's first word to its last. */
export function diffWords(a: Token[], b: Token[]): WordDiffResult {
  const changes = diffArrays(
    a.map((t) => t.key),
    b.map((t) => t.key),
  );
  const diff: WordDiff[] = [];
  let i = 0;
  let j = 0;
  let common = 0;
  for (const c of changes) {
    if (c.count === 0) continue;
    if (c.added) {
      diff.push({ kind: 'b', b: runSpan(b, j, c.count) });
      j += c.count;
    } else if (c.removed) {
      diff.push({ kind: 'a', a: runSpan(a, i, c.count) });
      i += c.count;
    } else {
      diff.push({ kind: 'same', a: runSpan(a, i, c.count), b: runSpan(b, j, c.count) });
      i += c.count;
      j += c.count;
      common += c.count;
    }
  }
  return { diff, common };
}

function runSpan(tokens: Token[], from: number, count: number): Span {
  return [tokens[from].start, tokens[from + count - 1].end];
}
