// The light half of the figures core: the algorithm version and finding a figure by id or name. No lexicons here, so
// reading a cached analysis back (a reopened notebook, `quire figures`) does not load the name lists.

import type { Figure } from '../../shared/model';
import { nameKeys } from './keys';

/** Bump when the algorithm changes, so that cached extractions are recomputed. */
export const FIGURES_VERSION = 'figures-9';

/** A figure by id (also a former id, merged away) or by any name or alias, ignoring case and particles. */
export function findFigure(figures: Figure[], query: string): Figure | undefined {
  const q = query.trim();
  const byId = figures.find((f) => f.id === q) ?? figures.find((f) => f.formerIds?.includes(q));
  if (byId) return byId;
  const key = nameKeys(q.split(/\s+/)).join(' ');
  if (!key) return undefined;
  const same = (s: string) => nameKeys(s.split(/\s+/)).join(' ') === key;
  return figures.find((f) => same(f.name)) ?? figures.find((f) => f.aliases.some(same));
}
