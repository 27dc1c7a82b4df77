import { describe, expect, it } from 'vitest';
import {
  externalLinkDecision,
  externalLinkDialog,
  isAllowedNavigation,
  isAllowedRequest,
  originOf,
  permissionDecision,
  trustedOrigins,
  validateIpcSender,
} from './web-policy';

const DEV = 'http://localhost:5173';

describe('trustedOrigins', () => {
  it('is the app protocol, plus a loopback dev server when one is given', () => {
    expect(trustedOrigins()).toEqual(['quire://app']);
    expect(trustedOrigins(`${DEV}/`)).toEqual(['quire://app', DEV]);
    expect(trustedOrigins('https://example.com/')).toEqual(['quire://app']);
    expect(trustedOrigins('http://192.168.1.5:5173')).toEqual(['quire://app']);
  });
});

describe('originOf', () => {
  it('lower-cases and drops paths; none for opaque URLs', () => {
    expect(originOf('QUIRE://APP/index.html#/x')).toBe('quire://app');
    expect(originOf('http://localhost:5173/src/x.ts')).toBe(DEV);
    expect(originOf('data:text/html,hi')).toBeUndefined();
    expect(originOf('about:blank')).toBeUndefined();
    expect(originOf('nonsense')).toBeUndefined();
  });
});

describe('isAllowedNavigation', () => {
  it('allows the app origin only', () => {
    expect(isAllowedNavigation('quire://app/index.html#/figure/f1')).toBe(true);
    expect(isAllowedNavigation('quire://app/other.html')).toBe(true);
    expect(isAllowedNavigation('quire://evil/index.html')).toBe(false);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
    expect(isAllowedNavigation('data:text/html,<script>1</script>')).toBe(false);
    expect(isAllowedNavigation('about:blank')).toBe(false);
  });

  it('allows the dev server only when it is trusted', () => {
    expect(isAllowedNavigation(`${DEV}/#/search`)).toBe(false);
    expect(isAllowedNavigation(`${DEV}/#/search`, trustedOrigins(DEV))).toBe(true);
    expect(isAllowedNavigation('http://localhost:9999/', trustedOrigins(DEV))).toBe(false);
  });
});

describe('validateIpcSender', () => {
  it('trusts the top frame of the app origin only', () => {
    expect(validateIpcSender('quire://app/index.html', true)).toBe(true);
    expect(validateIpcSender('quire://app/index.html', false)).toBe(false); // an iframe
    expect(validateIpcSender('https://evil.example/', true)).toBe(false);
    expect(validateIpcSender('file:///home/u/article.html', true)).toBe(false);
    expect(validateIpcSender('', true)).toBe(false);
    expect(validateIpcSender(undefined, true)).toBe(false);
  });
});

describe('externalLinkDecision', () => {
  it('offers plain http(s) links for confirmation, normalised', () => {
    expect(externalLinkDecision('https://www.bbc.co.uk/news/world-middle-east-18823139')).toEqual({
      action: 'confirm',
      url: 'https://www.bbc.co.uk/news/world-middle-east-18823139',
      host: 'www.bbc.co.uk',
    });
    expect(externalLinkDecision('HTTP://Example.COM')).toMatchObject({ action: 'confirm', url: 'http://example.com/' });
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'mailto:someone@example.com',
    'smb://server/share',
    'quire://app/index.html',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:pass@example.com/',
    'https://evil@example.com/',
    'not a url',
    '',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(externalLinkDecision(url).action).toBe('refuse');
  });

  it('builds a dialog that names the host and defaults to Cancel', () => {
    const d = externalLinkDecision('https://www.reuters.com/article/x');
    if (d.action !== 'confirm') throw new Error('expected confirm');
    const dialog = externalLinkDialog(d);
    expect(dialog.message).toContain('www.reuters.com');
    expect(dialog.detail).toBe(d.url);
    expect(dialog.buttons[dialog.defaultId]).toBe('Cancel');
    expect(dialog.cancelId).toBe(dialog.defaultId);
  });
});

describe('isAllowedRequest', () => {
  it('lets the app load its own files and inline data, and nothing remote', () => {
    expect(isAllowedRequest('quire://app/assets/index.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('blob:quire://app/0d6c-11')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequest('https://www.google-analytics.com/collect')).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/api/listArticles')).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd')).toBe(false);
    expect(isAllowedRequest('chrome-extension://abc/x.js')).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/')).toBe(false);
  });

  it('lets the dev server and its hot-reload socket through only when trusted', () => {
    const origins = trustedOrigins(DEV);
    expect(isAllowedRequest(`${DEV}/src/main.ts`, origins)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', origins)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5174/', origins)).toBe(false);
  });
});

describe('permissionDecision', () => {
  it('refuses everything but writing to the clipboard', () => {
    expect(permissionDecision('clipboard-sanitized-write')).toBe(true);
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'fileSystem', 'clipboard-read', 'hid', 'serial']) {
      expect(permissionDecision(p)).toBe(false);
    }
  });
});
