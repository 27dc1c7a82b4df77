// What the native menu and the desktop-only IPC calls do: dialogs, import, theme toggle, opening the notebook folder.

import { join } from 'node:path';
import { app, BrowserWindow, dialog, nativeTheme, shell, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { Handlers } from '../shared/contract/api';
import type { DesktopEvent } from '../shared/desktop-api';
import { desktopInputs, importDialogOptions } from './desktop-requests';
import type { DesktopHandlers } from './ipc-main';
import { DESKTOP_EVENT_CHANNEL } from './ipc-protocol';
import type { MenuAction } from './menu-template';
import { offerExternalLink } from './secure-window';
import { nextTheme, themeSource } from './theme';

export interface ActionContext {
  handlers: () => Handlers;
  dataDir: string;
  mainWindow: () => BrowserWindow | null;
}

export function sendDesktopEvent(win: BrowserWindow | null, event: DesktopEvent): void {
  if (win && !win.isDestroyed()) win.webContents.send(DESKTOP_EVENT_CHANNEL, event);
}

async function chooseImportFiles(parent: BrowserWindow | null): Promise<string[]> {
  const options = importDialogOptions();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

export function applyTheme(theme: Parameters<typeof themeSource>[0]): void {
  nativeTheme.themeSource = themeSource(theme);
}

export async function runMenuAction(action: MenuAction, ctx: ActionContext): Promise<void> {
  const win = ctx.mainWindow();
  switch (action) {
    case 'import': {
      const paths = await chooseImportFiles(win);
      if (paths.length === 0) return;
      try {
        sendDesktopEvent(win, { kind: 'imported', report: await ctx.handlers().importFiles({ paths }) });
      } catch (err) {
        dialog.showErrorBox('Import failed', err instanceof Error ? err.message : String(err));
      }
      return;
    }
    case 'open-notebook-folder': {
      const error = await shell.openPath(ctx.dataDir);
      if (error) dialog.showErrorBox('Could not open the notebook folder', error);
      return;
    }
    case 'toggle-dark': {
      const settings = await ctx.handlers().updateSettings({ theme: nextTheme(nativeTheme.shouldUseDarkColors) });
      applyTheme(settings.theme);
      sendDesktopEvent(win, { kind: 'settings-changed', settings });
      return;
    }
    case 'export-dossier':
    case 'show-shortcuts':
      sendDesktopEvent(win, { kind: 'command', command: action === 'export-dossier' ? 'export-dossier' : 'show-shortcuts' });
      return;
  }
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new Error(`Invalid input: ${parsed.error.issues[0]?.message ?? 'bad input'}`);
  return parsed.data;
}

export function desktopHandlers(): DesktopHandlers {
  const windowOf = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender);
  return {
    openFileDialog: async (input, event) => {
      parse(desktopInputs.openFileDialog, input);
      return chooseImportFiles(windowOf(event));
    },
    saveFileDialog: async (input, event) => {
      const { defaultName, filters } = parse(desktopInputs.saveFileDialog, input);
      const options = { title: 'Save', defaultPath: join(app.getPath('documents'), defaultName), filters };
      const win = windowOf(event);
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    confirmExternal: async (input, event) => {
      const { url } = parse(desktopInputs.confirmExternal, input);
      return offerExternalLink(url, windowOf(event));
    },
  };
}
