// The network core: figures named together, weighted by sentence or paragraph, copies counted once; star SVG.

export { figureNeighbourhood, indexNetwork, type NetworkIndex, type NetworkIndexInput } from './around';
export { buildNetwork, PARAGRAPH_WEIGHT, SENTENCE_WEIGHT } from './build';
export { neighbourhood, type Neighbourhood } from './neighbourhood';
export { roleKind, KIND_ORDER } from './roles';
export { sentenceIndex, spanAt } from './sentence-index';
export { neighbourhoodSvg } from './svg';
export type * from './types';
