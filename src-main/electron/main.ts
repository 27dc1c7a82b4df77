// Electron main process: one instance, the app protocol, the notebook, contract IPC, the native menu, one secure window.

import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, nativeTheme, screen } from 'electron';
import { methods, type Handlers } from '../shared/contract/api';
import { bootNotebook, findCorpusDir } from '../services/boot';
import { defaultUserDataDir, resolveDataDir } from '../store/paths';
import { handleAppProtocol, registerAppSchemePrivileges } from './app-protocol-handler';
import { dataFlagFromArgv, profileDirFor } from './argv';
import { applyTheme, desktopHandlers, runMenuAction } from './desktop-actions';
import { registerContractIpc, registerDesktopIpc, senderCheck } from './ipc-main';
import { methodsArgument } from './ipc-protocol';
import { buildMenuTemplate } from './menu-template';
import { ElectronPdfPrinter } from './print-pdf';
import { createMainWindow, guardAllWebContents, hardenSession } from './secure-window';
import { fitToDisplays } from './window-state';
import { loadWindowState, trackWindowState } from './window-state-file';
import { trustedOrigins } from './web-policy';

const here = import.meta.dirname; // out/main
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const origins = trustedOrigins(devServerUrl);
const dataFlag = dataFlagFromArgv(process.argv);
const dataDir = resolveDataDir(dataFlag);

app.setName('Quire');
// A notebook named with --data gets its own Chromium profile (and so its own single-instance lock).
app.setPath('userData', dataFlag ? profileDirFor(dataDir) : defaultUserDataDir());
registerAppSchemePrivileges();

let mainWindow: BrowserWindow | null = null;
let handlers: Handlers | null = null;

function requireHandlers(): Handlers {
  if (!handlers) throw new Error('The notebook is still opening');
  return handlers;
}

/** The contract's handlers, with theme changes also applied to the native theme (menus, dialogs, scrollbars). */
function withNativeTheme(h: Handlers): Handlers {
  return {
    ...h,
    updateSettings: async (patch) => {
      const settings = await h.updateSettings(patch);
      applyTheme(settings.theme);
      return settings;
    },
  };
}

function openMainWindow(): BrowserWindow {
  const saved = loadWindowState(app.getPath('userData'));
  const areas = screen.getAllDisplays().map((d) => d.workArea);
  const win = createMainWindow({
    preloadPath: join(here, '../preload/preload.cjs'),
    preloadArguments: [methodsArgument(methods)],
    state: saved,
    bounds: saved ? fitToDisplays(saved.bounds, areas) : undefined,
    dark: nativeTheme.shouldUseDarkColors,
    devTools: !app.isPackaged,
    devServerUrl,
  });
  trackWindowState(win, app.getPath('userData'));
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  return win;
}

function focusMainWindow(): void {
  const win = mainWindow ?? openMainWindow();
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

async function start(): Promise<void> {
  guardAllWebContents(origins);
  hardenSession(origins, devServerUrl);
  handleAppProtocol(join(here, '../renderer'));

  const isTrusted = senderCheck(origins);
  registerContractIpc(requireHandlers, isTrusted);
  registerDesktopIpc(desktopHandlers(), isTrusted);

  const services = await bootNotebook({
    dataDir,
    seed: true,
    corpusDir: findCorpusDir(app.isPackaged ? process.resourcesPath : here),
    printer: new ElectronPdfPrinter(),
  });
  handlers = withNativeTheme(services.handlers);
  // Quit only once pending writes are on disk and the notebook's lock is released.
  let storeClosed = false;
  app.on('will-quit', (event) => {
    if (storeClosed) return;
    event.preventDefault();
    void services.ctx.store.close().finally(() => {
      storeClosed = true;
      app.quit();
    });
  });
  applyTheme(services.settings.get().theme);

  const ctx = { handlers: requireHandlers, dataDir, mainWindow: () => mainWindow };
  const template = buildMenuTemplate({
    platform: process.platform,
    dev: !app.isPackaged,
    appName: app.getName(),
    onAction: (action) => {
      runMenuAction(action, ctx).catch((err: unknown) => dialog.showErrorBox('Quire', err instanceof Error ? err.message : String(err)));
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  app.setAboutPanelOptions({ applicationName: 'Quire', applicationVersion: app.getVersion() });
  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit(); // the first instance gets "second-instance" and comes to the front
} else {
  app.on('second-instance', () => {
    if (app.isReady()) focusMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && handlers && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      dialog.showErrorBox('Quire could not open its notebook', `${err instanceof Error ? err.message : String(err)}\n\n${dataDir}`);
      app.exit(1);
    });
}
