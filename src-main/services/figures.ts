// The figures feature's use-cases over the notebook, and its handlers for the contract's figures methods.

import type { HandlersOf } from '../shared/contract/api';
import type { figureInputs } from '../shared/contract/figures';
import type { BaseServices } from './index';


export class FigureService {
  constructor(readonly deps: BaseServices) {}
}

export function createFigureFeature(deps: BaseServices): { service: FigureService; handlers: HandlersOf<typeof figureInputs> } {
  const service = new FigureService(deps);
  return { service, handlers: {} };
}
