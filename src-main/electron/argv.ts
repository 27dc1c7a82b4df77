// Command-line switches the desktop app understands: `--data DIR` (or `--data=DIR`) picks the notebook folder.

import { join } from 'node:path';

/** The value of --data, or undefined. A following switch ("--data --foo") is not taken as the folder. */
export function dataFlagFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg.startsWith('--data=')) return nonEmpty(arg.slice('--data='.length));
    if (arg === '--data') {
      const next = argv[i + 1];
      return next !== undefined && !next.startsWith('--') ? nonEmpty(next) : undefined;
    }
  }
  return undefined;
}

function nonEmpty(value: string): string | undefined {
  return value.trim().length > 0 ? value : undefined;
}

/**
 * The Chromium profile folder for a notebook opened with an explicit --data: inside that notebook's folder, so two
 * notebooks are two instances (the single-instance lock is per profile) and tests never share a profile.
 * Without --data the app keeps Electron's default userData folder.
 */
export function profileDirFor(dataDir: string): string {
  return join(dataDir, '.electron-profile');
}
