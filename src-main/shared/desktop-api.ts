// What the Electron preload exposes as window.quire: one named function per contract method, plus desktop-only helpers.
// Types only; the renderer's API client imports them. In web mode window.quire is absent.

import type { Input, Method, Output } from './contract/api';
import type { ImportReport } from './contract/schemas';
import type { Settings } from './model';

export interface FileFilter {
  name: string; // "Markdown"
  extensions: string[]; // ["md"], without dots
}

/** Commands from the native menu that the renderer carries out (it knows what is on screen). */
export type MenuCommand = 'import' | 'export-dossier' | 'show-shortcuts';

/** Sent from the main process to the page. */
export type DesktopEvent =
  | { kind: 'command'; command: MenuCommand }
  /** File > Import... ran in the main process; the library changed. */
  | { kind: 'imported'; report: ImportReport }
  /** Settings changed outside the page (View > Toggle dark mode). */
  | { kind: 'settings-changed'; settings: Settings };

export interface DesktopApi {
  /** Native "open" dialog for articles to import (txt, md, html, pdf, epub); [] when cancelled. */
  openFileDialog(): Promise<string[]>;
  /** Native "save" dialog; the chosen path, or null when cancelled. */
  saveFileDialog(defaultName: string, filters?: FileFilter[]): Promise<string | null>;
  /** Asks the user, in a native dialog, to open an http(s) link in the system browser; true when it was opened. */
  confirmExternal(url: string): Promise<boolean>;
  /** Listens to menu commands and notebook events; returns the function that stops listening. */
  onEvent(listener: (event: DesktopEvent) => void): () => void;
}

/** window.quire in Electron: `quire[method](input)` resolves to the output or rejects with a one-line Error. */
export type QuireBridge = { readonly [M in Method]: (input: Input<M>) => Promise<Output<M>> } & {
  readonly desktop: DesktopApi;
};
