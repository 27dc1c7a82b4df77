// What the app's web contents may do: where they may navigate, which IPC senders are trusted, what they may load,
// which links may leave for the system browser, and which permissions they get. Pure decisions, no Electron.

import { APP_ORIGIN } from './app-protocol';

/** The origins the UI is served from: the app protocol, plus the dev server while developing. */
export function trustedOrigins(devServerUrl?: string): string[] {
  const origins = [APP_ORIGIN];
  const dev = devServerUrl ? originOf(devServerUrl) : undefined;
  if (dev && /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(dev)) origins.push(dev);
  return origins;
}

/** The origin of a URL ("quire://app", "http://localhost:5173"), or undefined when it has none. */
export function originOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!parsed.host) return undefined; // data:, blob:, about:, file:// with no host
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** In-app navigation stays on a trusted origin; everything else (links, redirects, drops of files) is refused. */
export function isAllowedNavigation(url: string, origins: readonly string[] = [APP_ORIGIN]): boolean {
  const origin = originOf(url);
  return origin !== undefined && origins.includes(origin);
}

/** IPC is answered only for the top frame of a page on a trusted origin (no iframes, no foreign pages). */
export function validateIpcSender(
  frameUrl: string | undefined,
  senderFrameIsMainFrame: boolean,
  origins: readonly string[] = [APP_ORIGIN],
): boolean {
  if (!frameUrl || !senderFrameIsMainFrame) return false;
  return isAllowedNavigation(frameUrl, origins);
}

export type ExternalLinkDecision = { action: 'confirm'; url: string; host: string } | { action: 'refuse'; reason: string };

/**
 * A link that would leave the app: only plain http(s) URLs, without embedded credentials, may be offered to the
 * system browser, and only after the user confirms (the caller shows the dialog). Everything else is refused.
 */
export function externalLinkDecision(url: string): ExternalLinkDecision {
  if (typeof url !== 'string' || url.length === 0) return { action: 'refuse', reason: 'No address' };
  if (url.length > 2048) return { action: 'refuse', reason: 'Address too long' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { action: 'refuse', reason: 'Not a valid address' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { action: 'refuse', reason: `Links of type ${parsed.protocol} are not opened` };
  }
  if (parsed.username || parsed.password) return { action: 'refuse', reason: 'Addresses with a user name or password are not opened' };
  if (!parsed.hostname) return { action: 'refuse', reason: 'No host' };
  return { action: 'confirm', url: parsed.href, host: parsed.hostname };
}

/** The text of the native confirmation dialog for an external link (the caller passes it to dialog.showMessageBox). */
export function externalLinkDialog(decision: Extract<ExternalLinkDecision, { action: 'confirm' }>) {
  return {
    type: 'question' as const,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: 'Open link',
    message: `Open ${decision.host} in your web browser?`,
    detail: decision.url,
  };
}

/**
 * Requests the app's session lets through: the app's own files and in-memory data, and the dev server while
 * developing. No remote loads: an article's images or trackers never reach the network.
 */
export function isAllowedRequest(url: string, origins: readonly string[] = [APP_ORIGIN]): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'data' || scheme === 'blob' || scheme === 'devtools') return true;
  if (scheme === 'ws') {
    // Vite's hot-reload socket, only alongside a trusted dev server on the same host and port
    const http = url.replace(/^ws:/i, 'http:');
    return origins.some((o) => o.startsWith('http://') && originOf(http) === o);
  }
  return isAllowedNavigation(url, origins);
}

/** Web permissions (camera, geolocation, notifications...): all refused but writing to the clipboard. */
export function permissionDecision(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}
