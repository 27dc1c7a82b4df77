import { describe, expect, it } from 'vitest';
import { appResponseHeaders, contentSecurityPolicy } from './csp';

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

describe('contentSecurityPolicy', () => {
  it('allows own scripts only, no eval, no inline scripts, no plugins, no framing', () => {
    const csp = directives(contentSecurityPolicy());
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('allows data: images (pasted figures, PDF thumbnails) but no remote images', () => {
    expect(directives(contentSecurityPolicy()).get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('lets a dev server connect its hot-reload socket only in development', () => {
    expect(directives(contentSecurityPolicy()).get('connect-src')).toEqual(["'self'"]);
    const dev = directives(contentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' }));
    expect(dev.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173']);
    expect(dev.get('script-src')).toEqual(["'self'"]);
  });
});

describe('appResponseHeaders', () => {
  it('sends the type, the CSP and nosniff', () => {
    const h = appResponseHeaders('text/html; charset=utf-8');
    expect(h['Content-Type']).toBe('text/html; charset=utf-8');
    expect(h['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(h['X-Content-Type-Options']).toBe('nosniff');
  });
});
