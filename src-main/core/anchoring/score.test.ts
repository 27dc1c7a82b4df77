import { describe, expect, it } from 'vitest';
import { containedSimilarity, scoreMatch, WEIGHTS } from './score';

describe('containedSimilarity', () => {
  it('is 1 for a contained or empty pattern and falls with each edit', () => {
    expect(containedSimilarity('the regime said', 'regime')).toBe(1);
    expect(containedSimilarity('anything', '')).toBe(1);
    expect(containedSimilarity('the regme said', 'regime')).toBeCloseTo(1 - 1 / 6);
    expect(containedSimilarity('', 'regime')).toBe(0);
  });
});

describe('scoreMatch', () => {
  const text = 'before the quote here after';
  const q = { quote: 'quote', prefix: 'before the ', suffix: ' here after', hint: 11 };
  it('gives 1 to the exact quote with its context at its old place', () => {
    expect(scoreMatch(text, q, 11, 16, 0).score).toBe(1);
  });
  it('weights the quote most, then context, then position', () => {
    const typo = scoreMatch(text, q, 11, 16, 1);
    expect(typo.quoteScore).toBeCloseTo(0.8);
    const total = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
    expect(typo.score).toBeCloseTo(1 - (WEIGHTS.quote * 0.2) / total);
    const moved = scoreMatch(text, { ...q, hint: 0 }, 11, 16, 0);
    expect(moved.score).toBeLessThan(1);
    expect(moved.score).toBeGreaterThan(typo.score);
  });
});
