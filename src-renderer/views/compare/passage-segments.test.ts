import { describe, expect, it } from 'vitest';
import type { AlignedPassage } from '../../../src-main/shared/contract/compare';
import { decorations, paragraphPieces } from './passage-segments';

const text = 'Fares is from Deir Ezzor. He defected. The end';
const passages: AlignedPassage[] = [
  { a: [0, 25], b: [0, 26], kind: 'variant', similarity: 0.9, diff: [{ kind: 'same', a: [0, 18], b: [0, 18] }, { kind: 'a', a: [19, 24] }, { kind: 'b', b: [19, 25] }] },
  { a: [26, 38], b: null, kind: 'only-a', similarity: 0 },
];

describe('paragraphPieces', () => {
  it('covers the paragraph exactly once, in order, with the variant word marked', () => {
    const pieces = paragraphPieces([0, text.length], decorations(passages, 'a'), new Set());
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
    for (let k = 1; k < pieces.length; k++) expect(pieces[k].start).toBe(pieces[k - 1].end);
    expect(pieces.filter((p) => p.mark).map((p) => text.slice(p.start, p.end))).toEqual(['Ezzor']);
    expect(pieces.filter((p) => p.first).map((p) => p.passage)).toEqual([0, 1]);
    expect(pieces.at(-1)).toMatchObject({ passage: null, kind: null });
  });

  it('splits a passage that crosses a paragraph break, numbering only its first piece', () => {
    const seen = new Set<number>();
    const decos = decorations([{ a: [0, 38], b: [0, 10], kind: 'same', similarity: 1 }], 'a');
    const first = paragraphPieces([0, 25], decos, seen);
    const second = paragraphPieces([26, 38], decos, seen);
    expect(first).toEqual([{ start: 0, end: 25, passage: 0, kind: 'same', mark: false, first: true }]);
    expect(second).toEqual([{ start: 26, end: 38, passage: 0, kind: 'same', mark: false, first: false }]);
  });

  it('marks B\'s own words on the B side', () => {
    const b = 'Fares is from Deir al-Zor.';
    const pieces = paragraphPieces([0, b.length], decorations(passages, 'b'), new Set());
    expect(pieces.filter((p) => p.mark).map((p) => b.slice(p.start, p.end))).toEqual(['al-Zor']);
  });
});
