// Loads and saves the main window's size and position as a small JSON file in Electron's userData folder.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { parseWindowState, serializeWindowState, type WindowState } from './window-state';

export const WINDOW_STATE_FILE = 'window-state.json';

export function loadWindowState(userDataDir: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(join(userDataDir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return null; // first run, or unreadable: open with the defaults
  }
}

/** Synchronous on purpose: it also runs on close, when the app may quit before an async write finishes (< 1 KB). */
function saveWindowState(userDataDir: string, state: WindowState): void {
  const file = join(userDataDir, WINDOW_STATE_FILE);
  mkdirSync(userDataDir, { recursive: true });
  writeFileSync(`${file}.tmp`, serializeWindowState(state), 'utf8');
  renameSync(`${file}.tmp`, file);
}

/** Saves the window's normal (unmaximised) bounds after moves and resizes settle, and once more on close. */
export function trackWindowState(win: BrowserWindow, userDataDir: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (win.isDestroyed()) return;
    try {
      saveWindowState(userDataDir, { bounds: win.getNormalBounds(), maximized: win.isMaximized(), fullScreen: win.isFullScreen() });
    } catch {
      // losing a window position is harmless
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('enter-full-screen', later);
  win.on('leave-full-screen', later);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
