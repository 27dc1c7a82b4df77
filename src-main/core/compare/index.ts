// Cross-source comparison: passage alignment of two articles, per-article fingerprints, near-copy groups.

export type { Span } from '../../shared/model';
export { alignTexts, type AlignedPassage, type Alignment, type AlignOptions, type PassageKind } from './align';
export type { WordDiff } from './word-diff';
