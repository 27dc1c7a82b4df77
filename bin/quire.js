#!/usr/bin/env node
// The installable `quire` command: runs the built CLI (npm run build first).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('quire: the CLI is not built yet; run `npm run build` first\n');
  process.exit(1);
}
await import(cli);
