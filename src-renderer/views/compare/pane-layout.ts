// The side-by-side layout a reader leaves behind: pane widths per pane count and linked scrolling, in localStorage.

const KEY = 'quire.side-by-side';

export interface PaneLayout {
  /** Pane widths as fractions summing to 1, keyed by pane count ("2", "3", "4"). */
  widths: Record<string, number[]>;
  linked: boolean;
}

export function loadLayout(storage: Pick<Storage, 'getItem'> = localStorage): PaneLayout {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? '{}') as Partial<PaneLayout>;
    return { widths: raw.widths && typeof raw.widths === 'object' ? raw.widths : {}, linked: raw.linked === true };
  } catch {
    return { widths: {}, linked: false };
  }
}

export function saveLayout(layout: PaneLayout, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(KEY, JSON.stringify(layout));
}

/** Widths for `n` panes: the remembered ones when they fit, else equal shares. */
export function widthsFor(layout: PaneLayout, n: number): number[] {
  const w = layout.widths[String(n)];
  if (Array.isArray(w) && w.length === n && w.every((x) => typeof x === 'number' && x > 0)) {
    const sum = w.reduce((s, x) => s + x, 0);
    return w.map((x) => x / sum);
  }
  return Array.from({ length: n }, () => 1 / n);
}

/** Moves the border between panes i and i + 1 by `delta` (a fraction of the whole), keeping each pane >= `min`. */
export function resize(widths: number[], i: number, delta: number, min = 0.12): number[] {
  const out = [...widths];
  const pair = out[i] + out[i + 1];
  const left = Math.min(Math.max(out[i] + delta, min), pair - min);
  out[i] = left;
  out[i + 1] = pair - left;
  return out;
}
