// What every service needs, passed in once per door: the store, where the sample corpus is, and a clock.

import type { NotebookStore } from '../store/types';

export interface ServiceContext {
  store: NotebookStore;
  /** Folder of the sample corpus that a fresh desktop or web notebook opens with. */
  corpusDir?: string;
  now?: () => Date;
}

export function nowIso(ctx: ServiceContext): string {
  return (ctx.now?.() ?? new Date()).toISOString();
}
