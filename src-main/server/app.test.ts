// Web-mode hardening checked over real HTTP: a server started here on 127.0.0.1, raw requests with chosen headers.

import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../shared/contract/api';
import { tempDir } from '../store/test-fixtures';
import { createWebServer, listen } from './app';
import { newToken } from './security';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let app: FastifyInstance;
let port = 0;
const token = newToken();
const calls: unknown[] = [];
const handlers = new Proxy({} as Handlers, {
  get: () => async (input: unknown) => {
    calls.push(input);
    return { echo: input };
  },
});

function send(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${method}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
  });

beforeAll(async () => {
  const root = await tempDir('quire-web-');
  const site = join(root, 'renderer');
  await mkdir(join(site, 'assets'), { recursive: true });
  await writeFile(join(site, 'index.html'), '<!doctype html><title>Quire</title>');
  await writeFile(join(site, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(site, '.env'), 'HIDDEN=1');
  await writeFile(join(root, 'secret.txt'), 'TOP SECRET');
  app = await createWebServer({ handlers, token, staticDir: site, bodyLimit: 4096 });
  const url = await listen(app, 0, token);
  port = Number(new URL(url).port);
  expect(url).toBe(`http://127.0.0.1:${port}/?token=${token}`);
});

afterAll(() => app.close());

describe('web mode over HTTP', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(app.server.address()).toMatchObject({ address: '127.0.0.1', port });
    const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // no other interface on this machine: the bound address above is the whole check
    const refused = await new Promise<boolean>((r) => {
      const s = connect({ host: external.address, port }, () => (s.destroy(), r(false)));
      s.on('error', () => r(true));
    });
    expect(refused).toBe(true);
  });

  it('answers the API with the right token, and refuses a missing or wrong one', async () => {
    const ok = await api('listArticles', {});
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { echo: {} } });
    expect((await api('listArticles', {}, { authorization: '' })).status).toBe(401);
    expect((await api('listArticles', {}, { authorization: `Bearer ${newToken()}` })).status).toBe(401);
    expect((await api('listArticles', {}, { authorization: `Bearer ${token.slice(0, -1)}` })).status).toBe(401);
    expect((await api('listArticles', {}, { authorization: token })).status).toBe(401);
  });

  it('refuses a Host that is not this machine (DNS rebinding), for pages and API', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1.evil.example:${port}`, `192.168.0.10:${port}`]) {
      expect((await send('/', { headers: { host } })).status).toBe(421);
      expect((await api('listArticles', {}, { host })).status).toBe(421);
    }
    expect((await send('/', { headers: { host: `localhost:${port}` } })).status).toBe(200);
  });

  it('refuses a foreign Origin on any API call', async () => {
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`]) {
      const r = await api('getSettings', {}, { origin });
      expect(r.status, origin).toBe(403);
    }
    expect((await api('getSettings', {}, { origin: `http://127.0.0.1:${port}` })).status).toBe(200);
  });

  it('refuses bad input with 400, unknown methods with 404, local-only methods with 403', async () => {
    const before = calls.length;
    expect((await api('getArticle', { id: 5 })).status).toBe(400);
    expect((await api('getArticle', '{"id":')).status).toBe(400);
    expect((await api('noSuchMethod', {})).status).toBe(404);
    expect((await api('importFiles', { paths: ['/etc/passwd'] })).status).toBe(403);
    expect((await api('__proto__', {})).status).toBe(404);
    expect(calls.length).toBe(before);
  });

  it('limits request bodies (413)', async () => {
    const r = await api('createNote', { title: 'x'.repeat(10_000) });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toEqual({ ok: false, error: 'Request too large.' });
  });

  it('serves the renderer but never a file outside it (path traversal) nor a dotfile', async () => {
    expect((await send('/')).body).toContain('<title>Quire</title>');
    expect((await send('/assets/app.js')).status).toBe(200);
    const attempts = [
      '/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%5csecret.txt', '/%252e%252e/secret.txt',
      '/assets/../../secret.txt', '//secret.txt', '/.env', '/%2eenv',
    ];
    for (const path of attempts) {
      const r = await send(path);
      expect(r.body, path).not.toContain('TOP SECRET');
      expect(r.body, path).not.toContain('HIDDEN');
      expect([400, 403, 404], path).toContain(r.status);
    }
  });

  it('sends CSP (frame-ancestors none), nosniff and frame headers on every response', async () => {
    const answers = await Promise.all([
      send('/'), send('/assets/app.js'), send('/missing'), send('/../secret.txt'), send('/', { headers: { host: 'evil.example' } }),
      api('listArticles', {}), api('listArticles', {}, { authorization: '' }), api('getArticle', { id: 5 }),
      api('createNote', { title: 'x'.repeat(10_000) }), api('listArticles', {}, { origin: 'http://evil.example' }),
      send('/api/listArticles', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' }, body: 'x' }),
    ]);
    for (const r of answers) {
      expect(String(r.headers['content-security-policy']), String(r.status)).toMatch(/frame-ancestors 'none'/);
      expect(String(r.headers['content-security-policy'])).toMatch(/default-src 'self'/);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['x-frame-options']).toBe('DENY');
    }
    expect(new Set(answers.map((r) => r.status))).toEqual(new Set([200, 404, 421, 401, 400, 413, 403, 415]));
  });
});

describe('stopping web mode', () => {
  it('closes at once even while a request is still being answered', async () => {
    let release = () => {};
    const slow = new Proxy({} as Handlers, { get: () => () => new Promise((r) => (release = () => r({ ok: true }))) });
    const server = await createWebServer({ handlers: slow, token, staticDir: await tempDir('quire-web-stop-') });
    const p = Number(new URL(await listen(server, 0, token)).port);
    const pending = new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port: p, path: '/api/listArticles', method: 'POST', headers: {
        host: `127.0.0.1:${p}`, 'content-type': 'application/json', authorization: `Bearer ${token}`, connection: 'keep-alive' } });
      req.on('error', () => resolve()); // the connection is dropped by the close
      req.on('response', () => resolve());
      req.end('{}');
    });
    await new Promise((r) => setTimeout(r, 100)); // the request is in the handler now
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(2000);
    release();
    await pending;
  });
});
