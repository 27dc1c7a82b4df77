// Merge suggestions: pairs of figures that may be one person, found through key indexes (no all-pairs scan).

import type { Decision, Figure } from '../../shared/model';

export interface MergeSuggestion { a: string; b: string; reason: string; verdict?: 'unsure' }

const MAX_BUCKET = 8; // a surname shared by more figures than this says nothing about any pair

/**
 * Suggest: a surname-only figure and each full-name figure with that surname; two full names with the same
 * surname whose given names agree on their first letters (initials, short forms: "G. Bush" / "George Bush").
 * Pairs already decided yes or no are left out; "unsure" ones stay, marked.
 */
export function suggestMerges(
  figures: Figure[], keysById: Map<string, string[]>, decisions: Decision[], resolveId: (id: string) => string,
): MergeSuggestion[] {
  const decided = new Map<string, Decision & { kind: 'merge' }>();
  for (const d of decisions) if (d.kind === 'merge') decided.set(pairKey(resolveId(d.a), resolveId(d.b)), d);
  const bySurname = new Map<string, Figure[]>();
  const visible = figures.filter((f) => !f.hidden);
  for (const f of visible) {
    const keys = keysById.get(f.id) ?? [];
    if (f.confidence === 'high' && keys.length >= 2) push(bySurname, keys[keys.length - 1], f);
  }
  const out: MergeSuggestion[] = [];
  const add = (a: Figure, b: Figure, reason: string) => {
    const d = decided.get(pairKey(a.id, b.id));
    if (d && d.verdict !== 'unsure') return;
    out.push(d ? { a: a.id, b: b.id, reason, verdict: 'unsure' } : { a: a.id, b: b.id, reason });
  };
  for (const f of visible) {
    const keys = keysById.get(f.id) ?? [];
    if (f.confidence !== 'low' || keys.length === 0) continue;
    const same = bySurname.get(keys[keys.length - 1]) ?? [];
    if (same.length > MAX_BUCKET) continue;
    for (const g of same) add(f, g, `"${f.name}" is never named in full where it appears; "${g.name}" has that surname`);
  }
  for (const same of bySurname.values()) {
    if (same.length < 2 || same.length > MAX_BUCKET) continue;
    for (let i = 0; i < same.length; i++) {
      for (let j = i + 1; j < same.length; j++) {
        const a = keysById.get(same[i].id)![0];
        const b = keysById.get(same[j].id)![0];
        if (a[0] === b[0] && (a.startsWith(b) || b.startsWith(a))) {
          add(same[i], same[j], `same surname, given names "${same[i].name}" and "${same[j].name}" may be one`);
        }
      }
    }
  }
  return out;
}

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
