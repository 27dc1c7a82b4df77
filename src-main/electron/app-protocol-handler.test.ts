import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Electron's protocol module, replaced by a recorder of the handler and the privileged schemes.
const fake = vi.hoisted(() => ({ handler: null as null | ((req: Request) => Promise<Response>), schemes: [] as unknown[] }));
vi.mock('electron', () => ({
  protocol: {
    handle: (_scheme: string, fn: (req: Request) => Promise<Response>) => {
      fake.handler = fn;
    },
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.schemes.push(...schemes),
  },
}));

const { handleAppProtocol, registerAppSchemePrivileges } = await import('./app-protocol-handler');

let base: string;
let renderer: string;
const get = (url: string, method = 'GET') => fake.handler!(new Request(url, { method }));

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'quire-protocol-'));
  renderer = join(base, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Quire</title>');
  writeFileSync(join(renderer, 'assets', 'index-1.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.json'), '{"token":"s3cret"}');
  symlinkSync(join(base, 'secret.json'), join(renderer, 'assets', 'link.json'));
  handleAppProtocol(renderer);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the quire:// protocol handler', () => {
  it('registers quire as a standard, secure scheme', () => {
    registerAppSchemePrivileges();
    expect(fake.schemes).toEqual([{ scheme: 'quire', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    const privileges = (fake.schemes[0] as { privileges: Record<string, unknown> }).privileges;
    expect(privileges.corsEnabled).toBeUndefined(); // it would disable CORS checks for other origins
    expect(privileges.bypassCSP).toBeUndefined();
  });

  it('serves index.html with its type and the CSP', async () => {
    const res = await get('quire://app/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Quire</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const res = await get('quire://app/assets/index-1.js');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers 404 for missing files and 403 for escapes, without leaking the secret', async () => {
    expect((await get('quire://app/assets/missing.js')).status).toBe(404);
    for (const url of ['quire://app/%2e%2e/secret.json', 'quire://app/..%2fsecret.json', 'quire://app/assets/link.json']) {
      const res = await get(url);
      expect(res.status, url).toBeGreaterThanOrEqual(403);
      expect(await res.text()).not.toContain('s3cret');
    }
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('quire://app/index.html', 'POST')).status).toBe(405);
    const head = await get('quire://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
  });
});
