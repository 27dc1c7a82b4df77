import { describe, expect, it } from 'vitest';
import type { Span } from '../../shared/model';
import { groupSpans } from './groups';

describe('groupSpans', () => {
  it('covers each group from its first to its last paragraph and leaves empty groups empty', () => {
    const paragraphs: Span[] = [[0, 10], [12, 20], [22, 30]];
    // blocks 0,1 on page 0; block 2 removed (page 1 has nothing left); blocks 3,4 on page 2
    const origins = [0, 3, 4];
    const groupOfBlock = [0, 0, 1, 2, 2];
    expect(groupSpans(paragraphs, origins, groupOfBlock, 3)).toEqual([[0, 10], [10, 10], [12, 30]]);
  });
  it('puts a leading empty group at the start of the first text', () => {
    expect(groupSpans([[0, 5]], [1], [0, 1], 2)).toEqual([[0, 0], [0, 5]]);
  });
});
