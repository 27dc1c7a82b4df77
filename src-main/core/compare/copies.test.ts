/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { COPY_THRESHOLD, findCopies, findCopyPairs, findCopyPairsOf, sourceGroups } from './copies';
import { estimateSimilarity, fingerprint } from './fingerprint';
import t000 from '../../../corpus/000_2b20a5a588fdd823.txt?raw';
import t001 from '../../../corpus/001_7a1e14c453f2836b.txt?raw';
import t002 from '../../../corpus/002_605359099c9e65cd.txt?raw';
import t003 from '../../../corpus/003_d182da98aa688ac2.txt?raw';
import t004 from '../../../corpus/004_70af7e54198c2116.txt?raw';

const SAMPLE = { '000': t000, '001': t001, '002': t002, '003': t003, '004': t004 };
const sampleItems = () => Object.entries(SAMPLE).map(([id, text]) => ({ id, fp: fingerprint(text) }));

/** Seeded words: `n` of them from a 5,000-word made-up vocabulary. */
function words(n: number, seed: number): string[] {
  let s = seed >>> 0;
  return Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return `w${(s >>> 8) % 5000}`;
  });
}

describe('findCopies on the sample corpus', () => {
  it('pairs the two versions of the Al Jazeera story and nothing else', () => {
    expect(findCopies(sampleItems())).toEqual({ '002': ['004'], '004': ['002'] });
  });

  it('keeps the two reports quoting one Foreign Office statement far below the threshold', () => {
    const s = estimateSimilarity(fingerprint(t000), fingerprint(t001));
    expect(s).toBeGreaterThan(0); // they do share quoted words...
    expect(s).toBeLessThan(COPY_THRESHOLD / 3); // ...but are different stories
  });

  it('honours a stricter threshold', () => {
    expect(findCopies(sampleItems(), 0.8)).toEqual({});
  });
});

describe('findCopyPairs', () => {
  // 300 articles of 400 words; every 10th is a copy of the one before with 5% of its words changed, or trimmed.
  const articles = Array.from({ length: 300 }, (_, k) => ({ id: `n${k}`, words: words(400, k + 1) }));
  for (let k = 10; k < articles.length; k += 10) {
    const src = articles[k - 1].words;
    const edit = k % 20 === 0;
    articles[k].words = edit ? src.map((w, i) => (i % 20 === 7 ? `x${i}` : w)) : src.slice(0, 240);
  }
  const items = articles.map((a) => ({ id: a.id, fp: fingerprint(a.words.join(' ')) }));

  it('finds every planted copy and reports only pairs above the threshold', () => {
    const pairs = findCopyPairs(items);
    const planted = articles.filter((_, k) => k >= 10 && k % 10 === 0).map((a, k) => `n${(k + 1) * 10 - 1}|${a.id}`);
    expect(pairs.map((p) => `${p.a}|${p.b}`).sort()).toEqual(planted.sort());
    expect(pairs.every((p) => p.similarity >= COPY_THRESHOLD)).toBe(true);
  });

  it('agrees with comparing every pair', () => {
    const brute: string[] = [];
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        if (estimateSimilarity(items[i].fp, items[j].fp) >= COPY_THRESHOLD) brute.push(`${items[i].id}|${items[j].id}`);
      }
    }
    expect(findCopyPairs(items).map((p) => `${p.a}|${p.b}`).sort()).toEqual(brute.sort());
  });

  it('makes copies symmetric and leaves out articles without copies', () => {
    const copies = findCopies(items.slice(0, 25));
    expect(copies).toEqual({ n9: ['n10'], n10: ['n9'], n19: ['n20'], n20: ['n19'] });
  });

  it('skips empty texts and groups exact duplicates', () => {
    const text = words(100, 99).join(' ');
    const copies = findCopies([
      { id: 'e1', fp: fingerprint('') },
      { id: 'e2', fp: fingerprint('') },
      { id: 'd1', fp: fingerprint(text) },
      { id: 'd2', fp: fingerprint(text) },
      { id: 'd3', fp: fingerprint(text) },
    ]);
    expect(copies).toEqual({ d1: ['d2', 'd3'], d2: ['d1', 'd3'], d3: ['d1', 'd2'] });
  });
});

describe('sourceGroups', () => {
  it('puts copies of copies in one group and every other article alone, in input order', () => {
    const groups = sourceGroups(['a', 'b', 'c', 'd', 'e'], { c: ['a'], a: ['c'], e: ['c'], x: ['b'] });
    expect(groups).toEqual([['a', 'c', 'e'], ['b'], ['d']]);
  });

  it('counts the five sample articles as four sources', () => {
    const ids = Object.keys(SAMPLE);
    expect(sourceGroups(ids, findCopies(sampleItems()))).toEqual([['000'], ['001'], ['002', '004'], ['003']]);
  });

  it('handles no ids and ignores links to unknown ids', () => {
    expect(sourceGroups([], { a: ['b'] })).toEqual([]);
    expect(sourceGroups(['a'], { a: ['zz'] })).toEqual([['a']]);
  });
});

describe('findCopyPairsOf (an import into a notebook whose pairs are known)', () => {
  const articles = Array.from({ length: 200 }, (_, k) => words(300, 1000 + k));
  for (let k = 7; k < 200; k += 7) articles[k] = articles[k - 1].map((w, i) => (i % 25 === 3 ? `y${i}` : w));
  const items = articles.map((w, k) => ({ id: `a${k}`, fp: fingerprint(w.join(' ')) }));
  const key = (p: { a: string; b: string }) => [p.a, p.b].sort().join('|');

  it('finds exactly the full run’s pairs that touch a new id, for any split into old and new', () => {
    const all = findCopyPairs(items).map(key).sort();
    for (const share of [0, 0.1, 0.5, 1]) {
      const added = new Set(items.filter((_, k) => (k * 37) % 100 < share * 100).map((it) => it.id));
      const expected = all.filter((p) => p.split('|').some((id) => added.has(id)));
      expect(findCopyPairsOf(added, items).map(key).sort()).toEqual(expected);
    }
  });
});
