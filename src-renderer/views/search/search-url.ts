// The search route's address: #/search?q=…&kind=…&outlet=…&figure=…&colour=…&tag=…&from=…&to=…, so a filtered search
// can be bookmarked, shared, reloaded and gone back to. Bad or unknown parameters are dropped, never an error.

import { SearchFiltersSchema, type SearchFiltersInput } from '../../../src-main/shared/contract/search';

const PARAMS = { outlet: 'outlet', figureId: 'figure', colour: 'colour', tag: 'tag', from: 'from', to: 'to' } as const;

/** The filters an address asks for: each parameter checked on its own, so one bad value does not drop the rest. */
export function filtersFromParams(params: URLSearchParams): SearchFiltersInput {
  const out: SearchFiltersInput = {};
  const kinds = params.getAll('kind');
  const tryOne = <K extends keyof SearchFiltersInput>(key: K, value: unknown) => {
    const r = SearchFiltersSchema.safeParse({ [key]: value });
    if (r.success && r.data[key] !== undefined) out[key] = r.data[key];
  };
  if (kinds.length) tryOne('kinds', [...new Set(kinds)]);
  for (const [key, name] of Object.entries(PARAMS) as [keyof typeof PARAMS, string][]) {
    const v = params.get(name);
    if (v === null || v === '') continue;
    tryOne(key, key === 'colour' ? Number(v) : v);
  }
  return out;
}

/** The address of a search: the query first, then the filters that are set, in a fixed order. */
export function searchHash(q: string, filters: SearchFiltersInput = {}): string {
  const p = new URLSearchParams({ q });
  for (const k of filters.kinds ?? []) p.append('kind', k);
  for (const [key, name] of Object.entries(PARAMS) as [keyof typeof PARAMS, string][]) {
    const v = filters[key];
    if (v !== undefined && v !== '') p.append(name, String(v));
  }
  return `#/search?${p.toString().replace(/\+/g, '%20')}`;
}
