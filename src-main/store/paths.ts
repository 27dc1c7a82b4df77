// Where a notebook lives: --data DIR, else QUIRE_DATA, else the desktop app's data folder (Electron's userData for "Quire").

import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_NAME = 'Quire';

/** The folder Electron's app.getPath('userData') gives for an app named Quire, computed without Electron. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/** The notebook folder inside the app data folder (kept apart from Electron's own caches there). */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env.QUIRE_DATA) return resolve(env.QUIRE_DATA);
  return join(defaultUserDataDir(env), 'notebook');
}
