// The timeline core: date expressions read with chrono-node, resolved against a reference, events, static SVG.

export { buildTimeline, eventKey, figureNeedsNotebookReference, type TimelineArticle, type TimelineInput, type TimelineOptions } from './build';
export { extractDateExpressions, ruleOf } from './extract';
export { chooseReferences, latestFullDate, notebookReference } from './reference';
export { dayMs, isoDay, resolveRule } from './resolve';
export { timelineSvg } from './svg';
export type * from './types';
