// Autocomplete for [[links]] in the note editor: figures (by name or alias) and articles, ranked by how well they match.

import approxSearch from 'approx-string-match';
import { looseLinkKey } from '../../shared/link-resolver';

export interface LinkCompletion {
  kind: 'figure' | 'article';
  id: string;
  /** What to put between [[ and ]]: the figure's name or the article's title. */
  insert: string;
  /** The alias that matched, when it was not the name. */
  via?: string;
  score: number; // higher is better: 4 exact, 3 prefix, 2 word prefix, 1 substring, below 1 fuzzy
}

interface Candidate { kind: 'figure' | 'article'; id: string; insert: string; names: string[] }

/** Ranked completions for what the user typed after `[[`: prefix matches first, then word starts, substrings, typos. */
export function linkCompletions(
  prefix: string,
  figures: readonly { id: string; name: string; aliases: readonly string[] }[],
  articles: readonly { id: string; title: string }[],
  limit = 10,
): LinkCompletion[] {
  const typed = looseLinkKey(prefix);
  const candidates: Candidate[] = [
    ...figures.map((f) => ({ kind: 'figure' as const, id: f.id, insert: f.name, names: [f.name, ...f.aliases] })),
    ...articles.map((a) => ({ kind: 'article' as const, id: a.id, insert: a.title, names: [a.title] })),
  ];
  const out: LinkCompletion[] = [];
  for (const c of candidates) {
    let best: { score: number; name: string } | null = null;
    for (const name of c.names) {
      const score = typed ? matchScore(looseLinkKey(name), typed) : 0.5;
      if (score > 0 && (!best || score > best.score)) best = { score, name };
    }
    if (best) out.push({ kind: c.kind, id: c.id, insert: c.insert, score: best.score, ...(best.name !== c.insert ? { via: best.name } : {}) });
  }
  return out
    .sort((a, b) => b.score - a.score || (a.kind === b.kind ? 0 : a.kind === 'figure' ? -1 : 1) || a.insert.length - b.insert.length || a.insert.localeCompare(b.insert))
    .slice(0, limit);
}

/** How well `typed` matches `key` (both loose keys); 0 when it does not. */
function matchScore(key: string, typed: string): number {
  if (key === typed) return 4;
  if (key.startsWith(typed)) return 3;
  if (key.split(' ').some((w, i, ws) => ws.slice(i).join(' ').startsWith(typed))) return 2;
  if (key.includes(typed)) return 1;
  if (typed.length < 3) return 0;
  // Typos: the typed text found in the name with at most one edit in four characters.
  const budget = Math.floor(typed.length / 4);
  const hits = approxSearch(key, typed, budget);
  if (hits.length === 0) return 0;
  return 0.9 * (1 - hits[0].errors / (budget + 1));
}
