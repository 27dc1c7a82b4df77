import { describe, expect, it } from 'vitest';
import { markPieces } from './marks';

describe('markPieces', () => {
  it('alternates plain and marked text and keeps every character once', () => {
    const text = 'Nawaf Fares resigned in Baghdad';
    const pieces = markPieces(text, [[24, 31], [6, 11]]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['Fares', 'Baghdad']);
  });

  it('merges overlaps and clips marks outside the text', () => {
    const pieces = markPieces('abcdef', [[1, 4], [2, 5], [4, 99], [-3, 0]]);
    expect(pieces).toEqual([{ text: 'a', marked: false }, { text: 'bcdef', marked: true }]);
  });
});
