import { describe, expect, it } from 'vitest';
import { anchorInputSchema, anchorOutputSchema } from './schema';

describe('anchor schemas', () => {
  it('accepts the quire anchor input and fills missing context with empty strings', () => {
    const parsed = anchorInputSchema.parse({
      text: 'abc',
      targets: [[{ type: 'TextQuoteSelector', exact: 'b' }, { type: 'TextPositionSelector', start: 1, end: 2 }]],
    });
    expect(parsed.targets[0][0]).toEqual({ type: 'TextQuoteSelector', exact: 'b', prefix: '', suffix: '' });
  });
  it('rejects unknown selector types, negative or reversed positions and a missing text', () => {
    expect(anchorInputSchema.safeParse({ text: 'a', targets: [[{ type: 'CssSelector', value: 'p' }]] }).success).toBe(false);
    expect(anchorInputSchema.safeParse({ text: 'a', targets: [[{ type: 'TextPositionSelector', start: -1, end: 2 }]] }).success).toBe(false);
    expect(anchorInputSchema.safeParse({ text: 'a', targets: [[{ type: 'TextPositionSelector', start: 3, end: 2 }]] }).success).toBe(false);
    expect(anchorInputSchema.safeParse({ targets: [] }).success).toBe(false);
  });
  it('describes the output array', () => {
    expect(anchorOutputSchema.safeParse([{ start: 1, end: 2, score: 0.9 }, { orphan: true, score: 0 }]).success).toBe(true);
    expect(anchorOutputSchema.safeParse([{ start: 1, end: 2 }]).success).toBe(false);
  });
});
