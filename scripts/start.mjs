// npm start: builds, then opens the Electron window where Electron can run; otherwise says why in one line and
// starts web mode, printing the URL.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });

const build = run(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) {
  console.error('quire: the build failed (see above)');
  process.exit(1);
}

const why = electronUnavailable();
if (why) {
  console.log(`Electron cannot run here (${why}); starting Quire in web mode instead.`);
  const web = spawn(process.execPath, [join(root, 'out/main/web.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  web.on('exit', (code) => process.exit(code ?? 0));
} else {
  const electron = spawn(electronBinary(), [join(root, 'out/main/index.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  electron.on('exit', (code) => process.exit(code ?? 0));
}

function electronBinary() {
  const dir = join(root, 'node_modules/electron');
  const rel = existsSync(join(dir, 'path.txt')) ? readFileSync(join(dir, 'path.txt'), 'utf8').trim() : '';
  return rel ? join(dir, 'dist', rel) : '';
}

/** Why Electron cannot start, or '' when it can. Tries the binary download once if it is missing. */
function electronUnavailable() {
  if (process.env.QUIRE_WEB === '1') return 'QUIRE_WEB=1 asks for web mode';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'no display';
  if (!existsSync(electronBinary())) {
    const install = join(root, 'node_modules/electron/install.js');
    if (existsSync(install)) run(process.execPath, [install], { stdio: 'ignore', timeout: 120_000 });
    if (!existsSync(electronBinary())) return 'its binary could not be downloaded';
  }
  return '';
}
