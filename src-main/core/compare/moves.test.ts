import { describe, expect, it } from 'vitest';
import { alignTexts } from './align';

const SENTENCES = Array.from({ length: 40 }, (_, k) => `Report ${k} says envoy${k} met minister${k * 7} in city${k % 9} on day ${k + 3}.`);

describe('alignUnits on texts too long for one dense table', () => {
  const a = SENTENCES.join(' ');
  const bList = [...SENTENCES];
  bList[5] = bList[5].replace('city5', 'town5'); // variant
  bList.splice(12, 1); // dropped
  bList.splice(20, 0, 'An added sentence about something else entirely.'); // added
  const moved = bList.splice(30, 1)[0];
  bList.splice(2, 0, moved); // moved
  const b = bList.join(' ');

  it('anchors on identical sentences and gives the same passages as the dense alignment', () => {
    const dense = alignTexts(a, b);
    const anchored = alignTexts(a, b, { maxDenseCells: 4 });
    expect(anchored).toEqual(dense);
    const kinds = anchored.passages.map((p) => p.kind + (p.moved ? '+moved' : ''));
    expect(kinds.filter((k) => !k.startsWith('same'))).toEqual(['variant', 'only-a', 'only-b']);
    expect(kinds.filter((k) => k === 'same+moved')).toHaveLength(1);
  });

  it('falls back to only-a / only-b for a gap that is still too large', () => {
    const x = 'Alpha beta gamma delta. Epsilon zeta eta theta.';
    const y = 'Alpha beta gamma delta epsilon. Zeta eta theta iota.';
    const r = alignTexts(x, y, { maxDenseCells: 1, minMovedSimilarity: Infinity });
    expect(r.passages.map((p) => p.kind)).toEqual(['only-a', 'only-a', 'only-b', 'only-b']);
  });
});
