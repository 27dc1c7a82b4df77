// Public face of the anchoring core: describe a highlight's target, re-anchor it, anchor many for `quire anchor`.

export { anchor, anchorMany, anchorStatus, prepareText, ORPHAN_THRESHOLD, MIN_QUOTE_SIMILARITY, MIN_CONTEXT_SIMILARITY } from './anchor';
export type { AnchorResult, AnchorText } from './anchor';
export { describe, quoteSelector, positionSelector, CONTEXT_LENGTH } from './selectors';
export { anchorInputSchema, type AnchorInput } from './schema';
