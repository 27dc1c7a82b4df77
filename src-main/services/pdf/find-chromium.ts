// Finding a Chromium to print with: CHROME_PATH, Playwright's own browser, then the usual install paths per platform.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Flags for a quiet, offline headless Chromium (Playwright adds --headless itself). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Install paths tried after CHROME_PATH and Playwright's browser, in order. */
export function systemChromiumPaths(env: NodeJS.ProcessEnv = process.env): string[] {
  const programFiles = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((p): p is string => !!p);
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ...programFiles.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]),
  ];
}

/** Playwright's downloaded Chromium, when playwright-core is installed and that browser is on disk. */
function playwrightChromium(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
    return chromium.executablePath() || null;
  } catch {
    return null;
  }
}

/** The first Chromium found on disk, or null. `exists` is replaceable for tests. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | null {
  const candidates = [env['CHROME_PATH'], playwrightChromium(), ...systemChromiumPaths(env)];
  for (const path of candidates) if (path && exists(path)) return path;
  return null;
}
