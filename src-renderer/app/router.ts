// Hash routes, the same in Electron and web mode: #/, #/article/<id>, #/figures, #/figure/<id>[/dossier], #/compare/<a>/<b>, #/side/<a>/<b>[/<c>[/<d>]], #/note/<id>, #/search?q=[&kind=&outlet=&figure=&colour=&tag=&from=&to=], #/trash.

import type { SearchFiltersInput } from '../../src-main/shared/contract/search';
import { filtersFromParams } from '../views/search/search-url';

export type Route =
  | { name: 'library' }
  | { name: 'article'; id: string; params: URLSearchParams }
  | { name: 'figures' }
  | { name: 'figure'; id: string; params: URLSearchParams }
  | { name: 'dossier'; id: string }
  | { name: 'compare'; a: string; b: string }
  | { name: 'side'; ids: string[] }
  | { name: 'notes' }
  | { name: 'note'; id: string }
  | { name: 'highlights' }
  | { name: 'search'; q: string; filters: SearchFiltersInput }
  | { name: 'trash' }
  | { name: 'map' }
  | { name: 'timeline'; figure: string }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  const [head, a, b] = parts;
  if (!head) return { name: 'library' };
  if (head === 'article' && a) return { name: 'article', id: a, params };
  if (head === 'figures' && !a) return { name: 'figures' };
  if (head === 'figure' && a && b === 'dossier') return { name: 'dossier', id: a };
  if (head === 'figure' && a) return { name: 'figure', id: a, params };
  if (head === 'compare' && a && b) return { name: 'compare', a, b };
  if (head === 'side' && parts.length >= 3 && parts.length <= 5) return { name: 'side', ids: parts.slice(1) };
  if (head === 'notes' && !a) return { name: 'notes' };
  if (head === 'note' && a) return { name: 'note', id: a };
  if (head === 'highlights') return { name: 'highlights' };
  if (head === 'trash' && !a) return { name: 'trash' };
  if (head === 'map' && !a) return { name: 'map' };
  if (head === 'timeline' && !a) return { name: 'timeline', figure: params.get('figure') ?? '' };
  if (head === 'search') return { name: 'search', q: params.get('q') ?? '', filters: filtersFromParams(params) };
  return { name: 'not-found', path };
}

export function href(route: string, ...ids: string[]): string {
  return `#/${[route, ...ids.map(encodeURIComponent)].join('/')}`;
}
