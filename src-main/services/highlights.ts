// The highlights feature's use-cases over the notebook, and its handlers for the contract's highlights methods.

import type { HandlersOf } from '../shared/contract/api';
import type { highlightInputs } from '../shared/contract/highlights';
import type { BaseServices } from './index';
import type { FigureService } from './figures';

export class HighlightService {
  constructor(readonly deps: BaseServices & { figures: FigureService }) {}
}

export function createHighlightFeature(deps: BaseServices & { figures: FigureService }): { service: HighlightService; handlers: HandlersOf<typeof highlightInputs> } {
  const service = new HighlightService(deps);
  return { service, handlers: {} };
}
