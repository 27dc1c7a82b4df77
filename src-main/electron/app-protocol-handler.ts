// Serves the built renderer on quire://app/ through protocol.handle: files only from the renderer folder, with CSP.

import { readFile, realpath } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { protocol } from 'electron';
import { APP_SCHEME, isInsideFolder, resolveAppAsset } from './app-protocol';
import { appResponseHeaders } from './csp';

/**
 * Must run before app "ready": quire:// behaves like https (standard origin, secure context, same-origin fetch).
 * corsEnabled stays unset on purpose: it would let other origins read these files with no CORS check at all.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}

/** After "ready": answers quire://app/<path> from `rendererDir`, following no symlink out of it. */
export function handleAppProtocol(rendererDir: string): void {
  const root = resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const asset = resolveAppAsset(request.url);
    if (!asset.ok) return plain(asset.status, asset.reason);
    try {
      const realRoot = await realpath(root);
      const file = await realpath(join(root, ...asset.segments));
      if (!isInsideFolder(realRoot, file)) return plain(403, 'Outside the app folder');
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: appResponseHeaders(asset.mimeType) });
    } catch {
      return plain(404, 'Not found');
    }
  });
}
