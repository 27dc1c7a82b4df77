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

/**
 * The panes as nested two-way split panels (Shoelace's sl-split-panel): split k has pane k on its start side and
 * panes k+1… on its end side. Its position is pane k's share of what is left from pane k on, in percent.
 */
export function splitPositions(widths: number[]): number[] {
  return widths.slice(0, -1).map((w, k) => (100 * w) / widths.slice(k).reduce((s, x) => s + x, 0));
}

/**
 * Widths after split k moved to `position` percent: panes before k keep their width, pane k takes its share of the
 * rest, and the panes after it scale together (as the nested panel does); every pane stays >= `min`.
 */
export function moveSplit(widths: number[], k: number, position: number, min = 0.12): number[] {
  const rest = widths.slice(k);
  const total = rest.reduce((s, x) => s + x, 0);
  const after = rest.slice(1);
  const afterTotal = total - rest[0];
  const smallest = Math.min(...after);
  // the panes after k shrink in proportion: the smallest of them must not go under `min`
  const most = total - (min * afterTotal) / smallest;
  const mine = Math.min(Math.max((total * position) / 100, min), Math.max(min, most));
  const scale = (total - mine) / afterTotal;
  return [...widths.slice(0, k), mine, ...after.map((w) => w * scale)];
}
