// Quality of person-span finding: precision, recall, F1 on the labelled sample and on tuning / held-out news texts
// (the '2' sets were written by a helper that never saw the name finder: one for tuning, one kept blind).

import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';
import { NEWS_DEV } from './fixtures/news-dev';
import { NEWS_DEV_2 } from './fixtures/news-dev-2';
import { NEWS_HELDOUT, unmark } from './fixtures/news-heldout';
import { NEWS_HELDOUT_2 } from './fixtures/news-heldout-2';
import { NEWS_WIRE } from './fixtures/news-wire';
import { SAMPLE, labelSpans } from './fixtures/sample-labels';

interface Score { tp: number; fp: number; fn: number; misses: string[]; extras: string[] }

function score(docs: Array<{ text: string; gold: Array<[number, number]> }>): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0, misses: [], extras: [] };
  docs.forEach(({ text, gold }, i) => {
    const found = extractArticle({ id: String(i), text }).people.flatMap((p) => p.mentions.map((m) => `${m.start}:${m.end}`));
    const want = new Set(gold.map(([a, b]) => `${a}:${b}`));
    const got = new Set(found);
    for (const k of got) {
      if (want.has(k)) s.tp++;
      else { s.fp++; s.extras.push(slice(text, k)); }
    }
    for (const k of want) if (!got.has(k)) { s.fn++; s.misses.push(slice(text, k)); }
  });
  return s;
}
const slice = (t: string, k: string) => { const [a, b] = k.split(':').map(Number); return t.slice(a, b); };
const prf = (s: Score) => {
  const p = s.tp / (s.tp + s.fp || 1);
  const r = s.tp / (s.tp + s.fn || 1);
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

const sample = score(SAMPLE.map((a) => ({ text: a.text, gold: labelSpans(a) })));
const dev = score(NEWS_DEV.map((m) => { const u = unmark(m); return { text: u.text, gold: u.spans }; }));
const dev2 = score(NEWS_DEV_2.map((m) => { const u = unmark(m); return { text: u.text, gold: u.spans }; }));
const wire = score(NEWS_WIRE.map((m) => { const u = unmark(m); return { text: u.text, gold: u.spans }; }));
const held2 = score(NEWS_HELDOUT_2.map((m) => { const u = unmark(m); return { text: u.text, gold: u.spans }; }));
const held = score(NEWS_HELDOUT.map((m) => { const u = unmark(m); return { text: u.text, gold: u.spans }; }));

describe('person spans: exact-match quality', () => {
  it('prints the table', () => {
    const row = (name: string, s: Score) => ({ set: name, gold: s.tp + s.fn, found: s.tp + s.fp, ...fmt(prf(s)) });
    const fmt = (x: { precision: number; recall: number; f1: number }) =>
      Object.fromEntries(Object.entries(x).map(([k, v]) => [k, v.toFixed(3)]));
    console.table([row('sample (5 articles)', sample), row(`news: tuning (${NEWS_DEV.length})`, dev), row(`news: tuning 2 (${NEWS_DEV_2.length})`, dev2), row(`news: wire patterns (${NEWS_WIRE.length})`, wire), row(`news: held-out (${NEWS_HELDOUT.length})`, held), row(`news: held-out 2 (${NEWS_HELDOUT_2.length})`, held2)]);
    // held-out 2's misses are not printed: it stays blind for the sessions after the one that wrote it
    for (const [n, s] of [['sample', sample], ['tuning', dev], ['tuning 2', dev2], ['wire', wire], ['held-out', held]] as const) {
      if (s.misses.length || s.extras.length) console.log(`${n}: missed ${JSON.stringify(s.misses)}; extra ${JSON.stringify(s.extras)}`);
    }
    expect(sample.tp + dev.tp + dev2.tp + held2.tp + wire.tp + held.tp).toBeGreaterThan(0);
  });
  it('sample: F1 at least 0.95', () => expect(prf(sample).f1).toBeGreaterThanOrEqual(0.95));
  it('tuning news: F1 at least 0.85', () => expect(prf(dev).f1).toBeGreaterThanOrEqual(0.85));
  it('wire patterns: F1 at least 0.85', () => expect(prf(wire).f1).toBeGreaterThanOrEqual(0.85));
  it('held-out news: F1 at least 0.8', () => expect(prf(held).f1).toBeGreaterThanOrEqual(0.8));
  it('tuning news 2: F1 at least 0.9', () => expect(prf(dev2).f1).toBeGreaterThanOrEqual(0.9));
  it('held-out news 2 (written blind): F1 at least 0.85', () => expect(prf(held2).f1).toBeGreaterThanOrEqual(0.85));
});
