import { describe, expect, it } from 'vitest';
import { loadLayout, moveSplit, saveLayout, splitPositions, widthsFor } from './pane-layout';

function memory(): Storage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) } as Storage;
}

describe('pane layout', () => {
  it('remembers widths per pane count and linked scrolling', () => {
    const s = memory();
    saveLayout({ widths: { '2': [0.3, 0.7] }, linked: true }, s);
    const layout = loadLayout(s);
    expect(layout.linked).toBe(true);
    expect(widthsFor(layout, 2)).toEqual([0.3, 0.7]);
    expect(widthsFor(layout, 3)).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('falls back to defaults on missing or broken storage', () => {
    const s = memory();
    s.setItem('quire.side-by-side', '{not json');
    expect(loadLayout(s)).toEqual({ widths: {}, linked: false });
    expect(widthsFor({ widths: { '2': [1, -1] }, linked: false }, 2)).toEqual([0.5, 0.5]);
  });

  it('turns widths into nested split positions and back', () => {
    expect(splitPositions([0.5, 0.5])).toEqual([50]);
    const [p0, p1, p2] = splitPositions([0.4, 0.3, 0.2, 0.1]);
    expect(p0).toBeCloseTo(40);
    expect(p1).toBeCloseTo(50); // 0.3 of the 0.6 left
    expect(p2).toBeCloseTo(100 * (2 / 3));
    const widths = [0.25, 0.25, 0.5];
    splitPositions(widths).forEach((p, k) => expect(moveSplit(widths, k, p).map((w) => +w.toFixed(9))).toEqual(widths));
  });

  it('moving split k trades pane k against the panes after it, which keep their proportions', () => {
    const [a, b, c] = moveSplit([0.2, 0.4, 0.4], 1, 25); // pane 1 takes a quarter of 0.8
    expect(a).toBe(0.2);
    expect(b).toBeCloseTo(0.2);
    expect(c).toBeCloseTo(0.6);
    const [x, y, z] = moveSplit([0.4, 0.3, 0.3], 0, 60);
    expect(x).toBeCloseTo(0.6);
    expect(y).toBeCloseTo(0.2);
    expect(z).toBeCloseTo(0.2);
  });

  it('keeps every pane at least the minimum width', () => {
    expect(moveSplit([0.5, 0.5], 0, 1)[0]).toBeCloseTo(0.12);
    expect(moveSplit([0.5, 0.5], 0, 99)[1]).toBeCloseTo(0.12);
    const w = moveSplit([0.3, 0.5, 0.2], 0, 90); // the 0.2 pane is the first to reach the minimum
    expect(Math.min(...w)).toBeCloseTo(0.12);
    expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1);
  });
});
