// The one secure BrowserWindow configuration: every window of the app, and the hidden PDF printer, is built from here.

import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { WindowBounds } from './window-state';

/** Web preferences no window may loosen. */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  plugins: false,
  enableWebSQL: false,
  disableBlinkFeatures: 'Auxclick', // middle-click never opens a window (Electronegativity AUXCLICK_JS_CHECK)
} satisfies WebPreferences);

export interface MainWindowOptions {
  preloadPath: string;
  /** Extra switches for the preload (the contract's method names). */
  preloadArguments: string[];
  bounds?: WindowBounds;
  dark?: boolean;
  devTools?: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 840 };
export const MIN_SIZE = { width: 720, height: 480 };

export function windowOptions(opts: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    ...DEFAULT_SIZE,
    ...(opts.bounds ?? {}),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false, // shown on ready-to-show: no blank flash
    title: 'Quire',
    backgroundColor: opts.dark ? '#1e1e1e' : '#ffffff',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: opts.preloadPath,
      additionalArguments: [...opts.preloadArguments],
      spellcheck: true, // notes are prose
      devTools: opts.devTools ?? false,
    },
  };
}

/** A hidden window that only lays out HTML for printing: no scripts, no preload, its own session. */
export function printWindowOptions(partition: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      javascript: false,
      images: true,
      spellcheck: false,
      devTools: false,
      partition,
    },
  };
}
