// Web-mode entry for `npm start` where Electron cannot run: boots the notebook, serves it, prints the URL.

import { join } from 'node:path';
import { bootNotebook, findCorpusDir } from '../services/boot';
import { resolveDataDir } from '../store/paths';
import { createWebServer, listen } from './app';
import { newToken } from './security';

export async function startWebMode(appDir: string, port = Number(process.env.QUIRE_PORT ?? 0)): Promise<string> {
  const token = process.env.QUIRE_TOKEN ?? newToken();
  const services = await bootNotebook({ dataDir: resolveDataDir(undefined), seed: true, corpusDir: findCorpusDir(appDir) });
  const app = await createWebServer({ handlers: services.handlers, token, staticDir: join(appDir, '../renderer') });
  const url = await listen(app, port, token);
  process.stdout.write(`Quire is running at ${url}\n`);
  for (const m of services.ctx.store.messages) process.stdout.write(`${m}\n`);
  // Stop taking requests, let pending writes finish, release the notebook's lock, then leave.
  const stop = () =>
    void app
      .close()
      .then(() => services.ctx.store.close())
      .finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return url;
}

startWebMode(import.meta.dirname).catch((err: unknown) => {
  process.stderr.write(`quire: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
