import { posix } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, isInsideFolder, mimeTypeFor, resolveAppAsset } from './app-protocol';

describe('resolveAppAsset', () => {
  it('maps the origin and folder URLs to index.html', () => {
    for (const url of ['quire://app', 'quire://app/', APP_INDEX_URL, 'quire://app/index.html#/article/abc']) {
      const r = resolveAppAsset(url);
      expect(r.ok && r.relativePath).toBe('index.html');
    }
  });

  it('resolves nested assets with their MIME types and ignores query and hash', () => {
    const r = resolveAppAsset('quire://app/assets/index-Ab12.js?v=3#x');
    expect(r).toMatchObject({ ok: true, relativePath: 'assets/index-Ab12.js', segments: ['assets', 'index-Ab12.js'] });
    expect(r.ok && r.mimeType).toMatch(/^text\/javascript/);
    expect(resolveAppAsset('quire://app/assets/app.css')).toMatchObject({ ok: true, mimeType: 'text/css; charset=utf-8' });
  });

  it('decodes percent-encoded names', () => {
    const r = resolveAppAsset('quire://app/fonts/Noto%20Sans.woff2');
    expect(r).toMatchObject({ ok: true, segments: ['fonts', 'Noto Sans.woff2'], mimeType: 'font/woff2' });
  });

  it.each([
    'quire://app/../../etc/passwd',
    'quire://app/assets/../../../etc/passwd',
    'quire://app/%2e%2e/%2e%2e/etc/passwd',
    'quire://app/%2E%2E/secret.json',
    'quire://app/..%2f..%2fetc%2fpasswd',
    'quire://app/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'quire://app/..%5c..%5cwindows%5cwin.ini',
    'quire://app/assets/./index.js',
    'quire://app/C:%5cWindows%5cwin.ini',
    'quire://app/assets/%00.js',
    'quire://app/.env.json',
    'quire://app/assets//index.js',
    'quire://app/%E0%A4%A.js',
  ])('refuses %s', (url) => {
    const r = resolveAppAsset(url);
    expect(r.ok).toBe(false);
    expect(r.ok ? 0 : r.status).toBe(403);
  });

  it('serves only the app host of the quire scheme', () => {
    expect(resolveAppAsset('quire://evil/index.html')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppAsset('file:///etc/passwd')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppAsset('https://app/index.html')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppAsset('not a url')).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses file types the renderer does not ship', () => {
    expect(resolveAppAsset('quire://app/notebook.db')).toMatchObject({ ok: false, status: 404 });
    expect(resolveAppAsset('quire://app/README')).toMatchObject({ ok: false, status: 404 });
  });
});

describe('mimeTypeFor', () => {
  it('knows the build output types, case-insensitively, and nothing else', () => {
    expect(mimeTypeFor('index.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a.mjs')).toMatch(/javascript/);
    expect(mimeTypeFor('logo.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('pdf.worker.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('x.exe')).toBeUndefined();
    expect(mimeTypeFor('.html')).toBeUndefined();
    expect(mimeTypeFor('trailingdot.')).toBeUndefined();
    expect(mimeTypeFor('toString')).toBeUndefined();
    expect(mimeTypeFor('a.constructor')).toBeUndefined();
  });
});

describe('isInsideFolder', () => {
  it('accepts the folder and its descendants only', () => {
    expect(isInsideFolder('/app/out/renderer', '/app/out/renderer/index.html')).toBe(true);
    expect(isInsideFolder('/app/out/renderer/', '/app/out/renderer')).toBe(true);
    expect(isInsideFolder('/app/out/renderer', '/app/out/renderer-evil/x.js')).toBe(false);
    expect(isInsideFolder('/app/out/renderer', '/etc/passwd')).toBe(false);
    expect(isInsideFolder('C:\\Quire\\renderer', 'C:\\Quire\\renderer\\assets\\a.js')).toBe(true);
  });
});

describe('resolveAppAsset never leaves the folder (property)', () => {
  it('for URLs built from dots, slashes, backslashes and their encodings', () => {
    const piece = fc.constantFrom('.', '..', '/', '\\', '%2e', '%2E', '%2f', '%2F', '%5c', '%00', 'a', 'etc', 'index.html', 'x.js', '%25');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const r = resolveAppAsset(`quire://app/${pieces.join('')}`);
        if (!r.ok) return true;
        const root = '/srv/renderer';
        const full = posix.resolve(root, ...r.segments);
        return isInsideFolder(root, full) && r.segments.every((s) => s !== '..' && s !== '.' && !/[\\/]/.test(s));
      }),
      { numRuns: 3000 },
    );
  });
});
