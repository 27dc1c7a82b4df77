// Worker-thread entry of figure extraction: receives batches of articles, answers with their extractions packed
// (deflated JSON: a tenth of the bytes to copy across, and what the figures service keeps).

import { parentPort } from 'node:worker_threads';
import { extractArticle, type ArticleInput } from '../core/figures';
import { packExtraction, type PackedExtraction } from './figures-packed';
import { serveRequests } from './worker-pool';

serveRequests<ArticleInput[], PackedExtraction[]>(parentPort, (articles) => articles.map((a) => packExtraction(extractArticle(a))));
