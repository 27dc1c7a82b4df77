// The search feature's use-cases over the notebook, and its handlers for the contract's search methods.

import type { HandlersOf } from '../shared/contract/api';
import type { searchInputs } from '../shared/contract/search';
import type { BaseServices } from './index';
import type { FigureService } from './figures';
import type { HighlightService } from './highlights';

export class SearchService {
  constructor(readonly deps: BaseServices & { figures: FigureService; highlights: HighlightService }) {}
}

export function createSearchFeature(deps: BaseServices & { figures: FigureService; highlights: HighlightService }): { service: SearchService; handlers: HandlersOf<typeof searchInputs> } {
  const service = new SearchService(deps);
  return { service, handlers: {} };
}
