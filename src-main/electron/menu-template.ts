// The native menu as data: File, Edit, View, Window, Help with the platform's usual roles; commands go to callbacks.

import type { MenuItemConstructorOptions } from 'electron';

export type MenuAction =
  | 'import'
  | 'export-dossier'
  | 'open-notebook-folder'
  | 'toggle-dark'
  | 'show-shortcuts';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Development build: adds Reload and the developer tools. */
  dev: boolean;
  appName: string;
  onAction: (action: MenuAction) => void;
}

const sep: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(opts: MenuOptions): MenuItemConstructorOptions[] {
  const mac = opts.platform === 'darwin';
  const act = (action: MenuAction) => () => opts.onAction(action);

  const appMenu: MenuItemConstructorOptions = {
    label: opts.appName,
    submenu: [
      { role: 'about' },
      sep,
      { role: 'services' },
      sep,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      sep,
      { role: 'quit' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { id: 'import', label: 'Import…', accelerator: 'CmdOrCtrl+O', click: act('import') },
      { id: 'export-dossier', label: 'Export dossier…', accelerator: 'CmdOrCtrl+E', click: act('export-dossier') },
      sep,
      { id: 'open-notebook-folder', label: 'Open notebook folder', click: act('open-notebook-folder') },
      sep,
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      sep,
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(opts.dev ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, sep] as MenuItemConstructorOptions[] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { id: 'toggle-dark', label: 'Toggle dark mode', accelerator: 'CmdOrCtrl+Shift+D', click: act('toggle-dark') },
      { role: 'togglefullscreen' },
    ],
  };

  const window: MenuItemConstructorOptions = {
    role: 'windowMenu',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, sep, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { id: 'show-shortcuts', label: 'Keyboard shortcuts', accelerator: 'CmdOrCtrl+/', click: act('show-shortcuts') },
      ...(mac ? [] : [sep, { role: 'about', label: `About ${opts.appName}` } as MenuItemConstructorOptions]),
    ],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}
