// Benchmark for the anchoring core: re-anchoring 1,000 highlights on a 50,000-char text after edits (p50/p95 ms).

import { anchor, anchorStatus, describe, prepareText } from '../../src-main/core/anchoring';
import type { Selector } from '../../src-main/shared/model';
import { generateCorpus, seeded } from './synthetic-corpus';
import type { BenchRow } from './types';

const TEXT_CHARS = 50_000;
const HIGHLIGHTS = 1_000;

/** A ~50,000-char article body from the synthetic corpus (originals only, no wire copies). */
function bigText(): string {
  const parts: string[] = [];
  let n = 0;
  for (const a of generateCorpus(40, 7)) {
    if (a.copyOf || n >= TEXT_CHARS) continue;
    parts.push(a.text);
    n += a.text.length + 2;
  }
  return parts.join('\n\n').slice(0, TEXT_CHARS);
}

/** 1,000 word-aligned highlights of 15 to 200 chars, 5% of them long (300 to 600 chars). */
function highlights(text: string, r: () => number): Selector[][] {
  const out: Selector[][] = [];
  while (out.length < HIGHLIGHTS) {
    const len = r() < 0.05 ? 300 + Math.floor(r() * 300) : 15 + Math.floor(r() * 185);
    let start = Math.floor(r() * (text.length - len));
    while (start > 0 && /\S/.test(text[start - 1])) start--;
    let end = Math.min(text.length, start + len);
    while (end < text.length && /\S/.test(text[end])) end++;
    out.push(describe(text, start, end));
  }
  return out;
}

type Edit = (text: string, r: () => number) => string;

const edits: Record<string, Edit> = {
  unchanged: (t) => t,
  '30 sentences inserted or deleted': (t, r) => {
    for (let i = 0; i < 30; i++) {
      const at = t.indexOf('. ', Math.floor(r() * t.length));
      if (at < 0) continue;
      if (r() < 0.5) t = `${t.slice(0, at + 2)}An editor's note was added here for clarity. ${t.slice(at + 2)}`;
      else {
        const next = t.indexOf('. ', at + 2);
        if (next > 0) t = t.slice(0, at + 2) + t.slice(next + 2);
      }
    }
    return t;
  },
  '200 typos': (t, r) => {
    for (let i = 0; i < 200; i++) {
      const at = Math.floor(r() * t.length);
      t = `${t.slice(0, at)}x${t.slice(at + 1)}`;
    }
    return t;
  },
  'line breaks to spaces, double spaces': (t) => t.replace(/\n+/g, ' ').replace(/, /g, ',  '),
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function run(): Promise<BenchRow[]> {
  const r = seeded(42);
  const original = bigText();
  const targets = highlights(original, r);
  const rows: BenchRow[] = [];
  for (const [name, edit] of Object.entries(edits)) {
    const changed = edit(original, r);
    const started = performance.now();
    const prepared = prepareText(changed);
    const times: number[] = [];
    const states = { ok: 0, fuzzy: 0, orphan: 0 };
    for (const t of targets) {
      const t0 = performance.now();
      const result = anchor(prepared, t);
      times.push(performance.now() - t0);
      states[anchorStatus(result).state]++;
    }
    const total = performance.now() - started;
    times.sort((a, b) => a - b);
    const note = `${changed.length} chars; ok ${states.ok}, fuzzy ${states.fuzzy}, orphan ${states.orphan}`;
    rows.push(
      { area: 'anchoring', metric: `re-anchor 1,000 highlights, ${name}: total`, value: total, unit: 'ms', note },
      { area: 'anchoring', metric: `  per highlight p50`, value: percentile(times, 50), unit: 'ms' },
      { area: 'anchoring', metric: `  per highlight p95`, value: percentile(times, 95), unit: 'ms' },
      { area: 'anchoring', metric: `  per highlight max`, value: times[times.length - 1], unit: 'ms' },
    );
  }
  return rows;
}
