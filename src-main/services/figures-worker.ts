// Worker-thread entry of figure extraction: receives batches of articles, answers with their extractions.

import { parentPort } from 'node:worker_threads';
import { extractArticle, type ArticleExtraction, type ArticleInput } from '../core/figures';
import { serveRequests } from './worker-pool';

serveRequests<ArticleInput[], ArticleExtraction[]>(parentPort, (articles) => articles.map(extractArticle));
