import { describe, expect, it } from 'vitest';
import { loadLayout, resize, saveLayout, widthsFor } from './pane-layout';

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

  it('moves one border, keeps the pair total and a minimum width', () => {
    expect(resize([0.5, 0.5], 0, 0.1)).toEqual([0.6, 0.4]);
    const [a, b, c] = resize([0.3, 0.3, 0.4], 1, 0.5);
    expect(b + c).toBeCloseTo(0.7);
    expect(c).toBeCloseTo(0.12);
    expect(a).toBe(0.3);
  });
});
