// npm run dist: builds, then packages Quire for this platform with electron-builder 26 (config: electron-builder.yml).
// electron-builder is not a dependency (≈95 MB, 220 packages, 75 s to install): it runs through `npx --yes` when it
// is not installed. Before that, one quick check that Electron's binary can be had; if not, one line and exit 1.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUILDER = 'electron-builder@26.17.0';
const PLATFORM_FLAG = { linux: '--linux', darwin: '--mac', win32: '--win' }[process.platform];

const fail = (line) => {
  console.error(`dist: ${line}`);
  process.exit(1);
};

if (!PLATFORM_FLAG) fail(`no packaging target for platform ${process.platform}`);
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const zip = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;

const why = await electronBinaryUnavailable();
if (why) fail(`Electron ${electronVersion}'s binary (${zip}) cannot be downloaded (${why}); packaging needs it. Set ELECTRON_MIRROR or run where it can be fetched.`);

const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) fail('the build failed (see above)');

const local = join(root, 'node_modules/electron-builder/cli.js');
const [cmd, args] = existsSync(local) ? [process.execPath, [local]] : ['npx', ['--yes', BUILDER]];
const pack = spawnSync(cmd, [...args, PLATFORM_FLAG, '--publish', 'never', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(pack.status ?? 1);

/** '' when the Electron zip is in the download cache or its URL answers within a few seconds; else why not. */
async function electronBinaryUnavailable() {
  if (cacheDirs().some((dir) => containsFile(dir, zip, 2))) return '';
  const mirror = process.env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/download/';
  const url = `${mirror.replace(/\/?$/, '/')}v${electronVersion}/${zip}`;
  try {
    const res = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(8000) });
    return res.ok ? '' : `${url} answered ${res.status}`;
  } catch (err) {
    const code = err?.cause?.code ?? err?.name ?? 'error';
    return `${new URL(url).host}: ${err?.message ?? 'fetch failed'}${code ? ` (${code})` : ''}`;
  }
}

function cacheDirs() {
  const dirs = [process.env.electron_config_cache, process.env.ELECTRON_CACHE].filter(Boolean);
  if (process.platform === 'darwin') dirs.push(join(homedir(), 'Library/Caches/electron'));
  else if (process.platform === 'win32') dirs.push(join(process.env.LOCALAPPDATA ?? homedir(), 'electron/Cache'));
  else dirs.push(join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'electron'));
  return dirs;
}

function containsFile(dir, name, depth) {
  if (!existsSync(dir)) return false;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === name) return true;
    if (entry.isDirectory() && depth > 0 && containsFile(join(dir, entry.name), name, depth - 1)) return true;
  }
  return false;
}
