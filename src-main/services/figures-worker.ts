// Worker-thread entry of figure extraction: receives batches of articles, answers with their extractions.

import { parentPort } from 'node:worker_threads';
import { extractArticle, type ArticleInput } from '../core/figures';

export interface ExtractRequest { seq: number; articles: ArticleInput[] }

parentPort?.on('message', (msg: ExtractRequest) => {
  try {
    parentPort!.postMessage({ seq: msg.seq, extractions: msg.articles.map(extractArticle) });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: (err as Error).message });
  }
});
