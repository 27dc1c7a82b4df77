// Opens a notebook and wires its services: shared by the Electron main process, web mode and the CLI.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { openLowdbStore } from '../store/lowdb-store';
import { createServices, type Services } from './index';
import type { PdfPrinter } from './pdf/printer';

export interface BootOptions {
  dataDir: string;
  /** Seed a fresh notebook with the sample corpus (the desktop and web apps do; the CLI does not). */
  seed?: boolean;
  readOnly?: boolean;
  corpusDir?: string;
  /** The desktop app passes Electron's printToPDF printer; elsewhere a system Chromium is found on demand. */
  printer?: PdfPrinter;
}

export async function bootNotebook(opts: BootOptions): Promise<Services> {
  const store = await openLowdbStore(opts.dataDir, { readOnly: opts.readOnly });
  const services = createServices({ store, corpusDir: opts.corpusDir, printer: opts.printer });
  if (opts.seed) await services.articles.seedIfNew();
  return services;
}

/** The sample corpus folder: QUIRE_CORPUS, else the nearest `corpus/` above `from` (the repo, or resources in a package). */
export function findCorpusDir(from: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.QUIRE_CORPUS) return resolve(env.QUIRE_CORPUS);
  let dir = resolve(from);
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'corpus');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}
