// Public face of the import pipeline: files and folders in, article drafts (or one-line reasons) out.

export { collectFiles, formatOf, type Collected } from './collect';
export type { ArticleDraft, ImportFileResult } from './draft';
export { DEFAULT_LIMITS, type ImportLimits } from './limits';
export { readImportFile } from './read-file';
export { runImport, type ImportOutcome, type ImportProgress, type ImportSink, type RunImportOptions } from './run-import';
export { parseThreads, startParsePool, type ParsePool } from './parse-pool';
