// The dossiers feature's use-cases over the notebook, and its handlers for the contract's dossiers methods.

import type { HandlersOf } from '../shared/contract/api';
import type { dossierInputs } from '../shared/contract/dossiers';
import type { BaseServices } from './index';
import type { FigureService } from './figures';
import type { HighlightService } from './highlights';

export class DossierService {
  constructor(readonly deps: BaseServices & { figures: FigureService; highlights: HighlightService }) {}
}

export function createDossierFeature(deps: BaseServices & { figures: FigureService; highlights: HighlightService }): { service: DossierService; handlers: HandlersOf<typeof dossierInputs> } {
  const service = new DossierService(deps);
  return { service, handlers: {} };
}
