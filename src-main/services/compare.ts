// The compare feature's use-cases over the notebook, and its handlers for the contract's compare methods.

import type { HandlersOf } from '../shared/contract/api';
import type { compareInputs } from '../shared/contract/compare';
import type { BaseServices } from './index';
import type { FigureService } from './figures';

export class CompareService {
  constructor(readonly deps: BaseServices & { figures: FigureService }) {}
}

export function createCompareFeature(deps: BaseServices & { figures: FigureService }): { service: CompareService; handlers: HandlersOf<typeof compareInputs> } {
  const service = new CompareService(deps);
  return { service, handlers: {} };
}
