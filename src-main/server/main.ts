// Web-mode entry for `npm start` where Electron cannot run: serves the desktop app's notebook and prints the URL.

import { resolveDataDir } from '../store/paths';
import { newToken } from './security';
import { startWebServer } from './start';

startWebServer({
  dataDir: resolveDataDir(undefined),
  appDir: import.meta.dirname,
  port: Number(process.env.QUIRE_PORT ?? 0),
  token: process.env.QUIRE_TOKEN ?? newToken(),
  seed: true,
}).catch((err: unknown) => {
  process.stderr.write(`quire: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
