// Worker-thread entry of import parsing: receives a file's name and bytes, answers with its draft or why it was skipped.

import { parentPort } from 'node:worker_threads';
import { serveRequests } from '../worker-pool';
import type { ImportFileResult } from './draft';
import type { ParseRequest } from './parse-pool';
import { parseImportFile } from './read-file';

serveRequests<ParseRequest, ImportFileResult>(parentPort, ({ file, bytes }) => parseImportFile(file, bytes));
