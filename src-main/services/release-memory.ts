// After a large batch job (an import, a first figures analysis, a first search index) the main process holds hundreds
// of MB of garbage that V8 would collect only under pressure, and the next job's worker threads add their memory on
// top. A full collection at the end of such a job brings the heap back to its live size (~60 MB after importing 10,000
// articles, against ~300 MB left uncollected), at the cost of one pause of a few tens of ms.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Items (articles, documents) past which a batch job counts as large and its garbage is collected at its end. */
export const LARGE_JOB = 2000;

let collect: (() => void) | null | undefined;

/** Runs a full garbage collection when the runtime allows it; otherwise does nothing. */
export function releaseMemory(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
