// What the command palette offers (articles, figures, notes, actions) and how typed text ranks them.

export interface PaletteItem {
  kind: 'article' | 'figure' | 'note' | 'action';
  label: string;
  detail?: string;
  /** A hash route to go to, or an action id the palette's owner runs. */
  href?: string;
  action?: string;
}

/** How well `query` matches `label`: 0 for no match; whole words and word starts beat scattered letters. */
export function matchScore(label: string, query: string): number {
  const l = fold(label);
  const q = fold(query).trim();
  if (!q) return 1;
  const words = q.split(/\s+/);
  let total = 0;
  for (const w of words) {
    const at = l.indexOf(w);
    if (at === 0) total += 4;
    else if (at > 0) total += /[\s\-'’(]/.test(l[at - 1]) ? 3 : 2;
    else if (isSubsequence(w, l)) total += 0.5;
    else return 0;
  }
  return total / words.length + (l.startsWith(q) ? 2 : 0) - l.length / 1000;
}

/** Items matching `query`, best first (ties keep their order), at most `limit`. */
export function rankItems(items: readonly PaletteItem[], query: string, limit = 50): PaletteItem[] {
  return items
    .map((item, i) => ({ item, i, s: Math.max(matchScore(item.label, query), 0.9 * matchScore(item.detail ?? '', query)) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.item);
}

function isSubsequence(w: string, l: string): boolean {
  let i = 0;
  for (const c of l) if (c === w[i]) i++;
  return i === w.length;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
