// Alignment units: the sentences of a text (inside its paragraphs) with their words and weighted word sets.

import type { Span } from '../../shared/model';
import { splitSentences } from '../text/sentences';
import { tokenize, type Token } from './tokens';

/** A sentence to align: its span, paragraph number, words, and its distinct word ids (sorted). */
export interface Unit {
  span: Span;
  paragraph: number;
  tokens: Token[];
  ids: Int32Array;
}

/** Paragraph spans: runs of text between line breaks, trimmed, empty lines dropped. */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  for (const m of text.matchAll(re)) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
  }
  return out;
}

/** Maps folded word keys to small integers shared by both texts of a comparison. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

/** The sentences of `text` that hold at least one word, in text order. */
export function textUnits(text: string, vocab: Vocabulary): Unit[] {
  const out: Unit[] = [];
  paragraphSpans(text).forEach(([ps, pe], paragraph) => {
    for (const span of splitSentences(text, ps, pe)) {
      const tokens = tokenize(text, span[0], span[1]);
      if (tokens.length === 0) continue;
      out.push({ span, paragraph, tokens, ids: sortedIds(tokens.map((t) => vocab.id(t.key))) });
    }
  });
  return out;
}

/** Distinct values of `values`, sorted ascending. */
export function sortedIds(values: ArrayLike<number>): Int32Array {
  const arr = Int32Array.from(values).sort();
  let n = 0;
  for (let i = 0; i < arr.length; i++) if (i === 0 || arr[i] !== arr[i - 1]) arr[n++] = arr[i];
  return arr.slice(0, n);
}

/** The sorted union of two sorted id sets. */
export function unionIds(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out[n++] = a[i++];
    else if (i >= a.length || b[j] < a[i]) out[n++] = b[j++];
    else {
      out[n++] = a[i++];
      j++;
    }
  }
  return out.slice(0, n);
}
