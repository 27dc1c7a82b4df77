// The quire://app/ protocol's decisions: which renderer file a URL names (never outside the renderer folder) and its MIME type.

export const APP_SCHEME = 'quire';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Types the renderer build emits, and nothing else: an allow-list rather than a general MIME table, because
 * anything outside it is not ours to serve (module scripts also need an exact JavaScript type to load).
 */
const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
  wasm: 'application/wasm',
};

/** The MIME type for a file name, or undefined when the extension is not one the renderer ships. */
export function mimeTypeFor(fileName: string): string | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0 || dot === fileName.length - 1) return undefined;
  const ext = fileName.slice(dot + 1).toLowerCase();
  return Object.prototype.hasOwnProperty.call(MIME_TYPES, ext) ? MIME_TYPES[ext] : undefined;
}

export type AssetResolution =
  | { ok: true; relativePath: string; segments: string[]; mimeType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

/** One path segment, decoded; undefined when it could climb out of the folder or name something hidden. */
function safeSegment(raw: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined; // malformed percent-encoding
  }
  if (decoded === '' || decoded === '.' || decoded === '..') return undefined;
  if (decoded.startsWith('.')) return undefined; // dotfiles, and any "..foo" trick
  // encoded separators, drive letters, and control characters (NUL included)
  if (/[/\\:\u0000-\u001f]/.test(decoded)) return undefined;
  return decoded;
}

/**
 * Resolves a quire://app/... URL to a path relative to the renderer folder, checked segment by segment
 * on the raw (still encoded) URL text, so neither "../" nor "%2e%2e%2f" nor "..%5c" can leave the folder.
 * The caller joins `segments` onto the renderer folder; nothing here touches the file system.
 */
export function resolveAppAsset(url: string): AssetResolution {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(url);
  if (!match) return { ok: false, status: 400, reason: 'Not a URL' };
  const [, scheme, host, rawPath] = match;
  if (scheme.toLowerCase() !== APP_SCHEME || host.toLowerCase() !== APP_HOST) {
    return { ok: false, status: 403, reason: `Only ${APP_ORIGIN}/ is served` };
  }
  const parts = rawPath.split('/').slice(1); // rawPath starts with "/" (or is empty)
  if (parts.length === 0 || (parts.length === 1 && parts[0] === '')) parts.splice(0, parts.length, 'index.html');
  if (parts[parts.length - 1] === '') parts[parts.length - 1] = 'index.html'; // a folder URL means its index
  const segments: string[] = [];
  for (const part of parts) {
    const segment = safeSegment(part);
    if (segment === undefined) return { ok: false, status: 403, reason: 'Path leaves the app folder or names a hidden file' };
    segments.push(segment);
  }
  const mimeType = mimeTypeFor(segments[segments.length - 1]);
  if (!mimeType) return { ok: false, status: 404, reason: 'Not a file type the app serves' };
  return { ok: true, relativePath: segments.join('/'), segments, mimeType };
}

/** True when `candidate` (an absolute, normalised path) is `root` itself or inside it. Separator-agnostic. */
export function isInsideFolder(root: string, candidate: string): boolean {
  const norm = (p: string) => p.replace(/\\/g, '/').replace(/\/+$/, '');
  const r = norm(root);
  const c = norm(candidate);
  return c === r || c.startsWith(`${r}/`);
}
