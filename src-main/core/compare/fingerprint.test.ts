import { describe, expect, it } from 'vitest';
import {
  estimateContainment, estimateSimilarity, fingerprint, isFingerprint, MINHASH_SIZE, shingleHashes,
} from './fingerprint';

/** A deterministic pseudo-text of `n` words drawn from a vocabulary of 2,000 made-up words. */
function pseudoText(n: number, seed: number): string {
  let s = seed >>> 0;
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    words.push(`w${(s >>> 8) % 2000}`);
  }
  return words.join(' ');
}

function trueJaccard(a: string, b: string): number {
  const x = new Set(shingleHashes(a));
  const y = new Set(shingleHashes(b));
  let shared = 0;
  for (const h of x) if (y.has(h)) shared++;
  return shared / (x.size + y.size - shared);
}

describe('fingerprint', () => {
  it('is plain JSON, deterministic, and survives a round trip', () => {
    const t = pseudoText(300, 1);
    const fp = fingerprint(t);
    expect(fp.minhash).toHaveLength(MINHASH_SIZE);
    expect(JSON.parse(JSON.stringify(fp))).toEqual(fingerprint(t));
    expect(isFingerprint(JSON.parse(JSON.stringify(fp)))).toBe(true);
    expect(isFingerprint({ shingles: 3, minhash: [1, 2] })).toBe(false);
  });

  it('ignores case, punctuation and spacing', () => {
    expect(fingerprint('Nawaf al-Fares, the envoy, said: "I resign."')).toEqual(fingerprint('nawaf al fares the envoy said i resign'));
  });

  it('gives 1 for equal texts and 0 for texts with nothing in common', () => {
    const a = pseudoText(400, 2);
    expect(estimateSimilarity(fingerprint(a), fingerprint(a))).toBe(1);
    expect(estimateSimilarity(fingerprint(a), fingerprint(pseudoText(400, 3)))).toBeLessThan(0.02);
  });

  it('treats an empty text as similar to nothing, itself included', () => {
    const empty = fingerprint(' ... ');
    expect(empty.shingles).toBe(0);
    expect(estimateSimilarity(empty, empty)).toBe(0);
    expect(estimateSimilarity(empty, fingerprint(pseudoText(50, 4)))).toBe(0);
  });

  it('fingerprints a text shorter than a shingle', () => {
    expect(fingerprint('Assad resigned').shingles).toBe(1);
    expect(estimateSimilarity(fingerprint('Assad resigned'), fingerprint('ASSAD RESIGNED!'))).toBe(1);
  });

  it('estimates the Jaccard similarity of the shingle sets within a few hundredths', () => {
    const base = pseudoText(1200, 5).split(' ');
    for (const keep of [0.2, 0.5, 0.8]) {
      // b: the first `keep` share of a, then new words
      const cut = Math.round(base.length * keep);
      const a = base.join(' ');
      const b = [...base.slice(0, cut), ...pseudoText(base.length - cut, 6 + cut).split(' ')].join(' ');
      const truth = trueJaccard(a, b);
      expect(Math.abs(estimateSimilarity(fingerprint(a), fingerprint(b)) - truth)).toBeLessThan(0.1);
    }
  });

  it('estimates containment: a text holds all of its own first half', () => {
    const a = pseudoText(1000, 7);
    const half = a.split(' ').slice(0, 500).join(' ');
    const fa = fingerprint(a);
    const fh = fingerprint(half);
    expect(estimateSimilarity(fa, fh)).toBeLessThan(0.65);
    expect(estimateContainment(fa, fh)).toBeGreaterThan(0.85);
    expect(estimateContainment(fh, fa)).toBe(estimateContainment(fa, fh));
  });
});
