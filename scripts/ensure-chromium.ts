// Before the e2e tests: find a Chromium or Chrome; when there is none, install Debian's chromium where we can
// (root with apt), else stop with a one-line instruction.

import { spawnSync } from 'node:child_process';
import { findChromium } from '../src-main/services/pdf/find-chromium';

function canApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
}

let found = findChromium();
if (!found && canApt()) {
  console.log('No Chromium found: installing Debian chromium with apt-get…');
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  found = findChromium();
}
if (!found) {
  console.error('No Chromium or Chrome found: install one (e.g. `sudo apt-get install chromium`) or set CHROME_PATH to its binary.');
  process.exit(1);
}
console.log(`Chromium for the e2e tests: ${found}`);
