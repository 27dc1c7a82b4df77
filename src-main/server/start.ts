// Starts web mode over a notebook: boot, serve on 127.0.0.1, print the URL and any notebook messages, and on
// SIGINT/SIGTERM stop taking requests, let pending writes finish and release the notebook's lock. Used by
// `quire serve` and by `npm start` where Electron cannot run.

import { join } from 'node:path';
import { bootNotebook, findCorpusDir } from '../services/boot';
import { createWebServer, listen } from './app';

export interface StartOptions {
  dataDir: string;
  /** The folder of the built main bundle (out/main): the renderer and the sample corpus are found from it. */
  appDir: string;
  port: number;
  token: string;
  seed: boolean;
}

export async function startWebServer(opts: StartOptions): Promise<string> {
  const services = await bootNotebook({ dataDir: opts.dataDir, seed: opts.seed, corpusDir: findCorpusDir(opts.appDir) });
  const app = await createWebServer({ handlers: services.handlers, token: opts.token, staticDir: join(opts.appDir, '../renderer') });
  const url = await listen(app, opts.port, opts.token);
  process.stdout.write(`Quire is running at ${url}\n`);
  for (const m of services.ctx.store.messages) process.stdout.write(`${m}\n`);
  const stop = () =>
    void app
      .close()
      .then(() => services.ctx.store.close())
      .finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return url;
}
