// One article's extraction packed as JSON text, deflated when it comes from a worker: what the figures service holds
// in memory and writes to its cache. At 10,000 articles the people and candidates as objects take ~150 MB of heap;
// packed they take ~15 MB, and each is unpacked only while resolution reads it.

import type { ArticleExtraction } from '../core/figures';
import { packJson, type PackedJson } from './packed-json';

export { jsonText, unpack, type PackedJson } from './packed-json';

export interface PackedExtraction {
  articleId: string;
  people: PackedJson;
  candidates: PackedJson;
}

export function packExtraction(ex: ArticleExtraction): PackedExtraction {
  return { articleId: ex.articleId, people: packJson(ex.people), candidates: packJson(ex.candidates) };
}
