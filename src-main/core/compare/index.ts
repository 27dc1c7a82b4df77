// Cross-source comparison: passage alignment of two articles, per-article fingerprints, near-copy groups.

export type { Span } from '../../shared/model';
export { alignTexts, type AlignedPassage, type Alignment, type AlignOptions, type PassageKind } from './align';
export type { WordDiff } from './word-diff';
export { alignClaims, differencesFromClosest, CLAIM_SIMILARITY, type ClaimCell, type ClaimRow } from './claims';
export {
  estimateContainment, estimateSimilarity, fingerprint, isFingerprint, FINGERPRINT_VERSION, MINHASH_SIZE,
  SHINGLE_WORDS, type Fingerprint,
} from './fingerprint';
export { COPY_THRESHOLD, findCopies, findCopyPairs, findCopyPairsOf, LSH_BANDS, LSH_ROWS, sourceGroups, type CopyPair } from './copies';
