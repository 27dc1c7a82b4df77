// The one secure window factory and the guards every web contents gets: no navigation away, no new windows,
// no webviews, external links only after the user confirms, no remote loads, no permissions.

import { app, BrowserWindow, dialog, session, shell, type Session } from 'electron';
import { APP_INDEX_URL } from './app-protocol';
import { contentSecurityPolicy } from './csp';
import { windowOptions, type MainWindowOptions } from './window-options';
import type { WindowState } from './window-state';
import { externalLinkDecision, externalLinkDialog, isAllowedNavigation, isAllowedRequest, originOf, permissionDecision } from './web-policy';

/** Asks the user to open an http(s) link in the system browser; resolves true when it was opened. */
export async function offerExternalLink(url: string, parent?: BrowserWindow | null): Promise<boolean> {
  const decision = externalLinkDecision(url);
  if (decision.action !== 'confirm') return false;
  const options = externalLinkDialog(decision);
  const { response } = parent && !parent.isDestroyed() ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  // Only http(s) URLs that externalLinkDecision accepted, after the user said yes.
  await shell.openExternal(decision.url); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}

/** Installs the navigation guards on every web contents the app ever creates (windows, print windows, devtools). */
export function guardAllWebContents(origins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.on('will-navigate', (e) => {
      if (isAllowedNavigation(e.url, origins)) return;
      e.preventDefault();
      if (e.isMainFrame) void offerExternalLink(e.url, BrowserWindow.fromWebContents(contents));
    });
    contents.on('will-redirect', (e) => {
      if (!isAllowedNavigation(e.url, origins)) e.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      void offerExternalLink(url, BrowserWindow.fromWebContents(contents));
      return { action: 'deny' };
    });
  });
}

/** The default session: only the app's own requests, no permissions, and the CSP on dev-server pages too. */
export function hardenSession(origins: readonly string[], devServerUrl?: string, ses: Session = session.defaultSession): void {
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, origins) }));
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionDecision(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission));
  const devOrigin = devServerUrl ? originOf(devServerUrl) : undefined;
  if (devOrigin) {
    const csp = contentSecurityPolicy({ devServerOrigin: devOrigin });
    ses.webRequest.onHeadersReceived((details, callback) => {
      const headers = { ...details.responseHeaders };
      if (originOf(details.url) === devOrigin) headers['Content-Security-Policy'] = [csp];
      callback({ responseHeaders: headers });
    });
  }
}

export interface CreateMainWindow extends Omit<MainWindowOptions, 'bounds'> {
  state: WindowState | null;
  bounds?: MainWindowOptions['bounds'];
  /** The dev server's URL while developing; else the app protocol. */
  devServerUrl?: string;
}

export function createMainWindow(opts: CreateMainWindow): BrowserWindow {
  // Electronegativity cannot see through the options function: they come from SECURE_WEB_PREFERENCES (window-options.test.ts).
  const win = new BrowserWindow(windowOptions(opts)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK NODE_INTEGRATION_JS_CHECK AUXCLICK_JS_CHECK REMOTE_MODULE_JS_CHECK
  win.once('ready-to-show', () => {
    if (opts.state?.maximized) win.maximize();
    if (opts.state?.fullScreen) win.setFullScreen(true);
    win.show();
  });
  void win.loadURL(opts.devServerUrl ?? APP_INDEX_URL);
  return win;
}
