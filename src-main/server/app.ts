// Web mode: the same services behind POST /api/<method> on 127.0.0.1, plus the built renderer as static files.

import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Handlers } from '../shared/contract/api';
import { dispatch } from '../services/dispatch';
import { SECURITY_HEADERS, isAllowedOrigin, isLoopbackHost, tokenMatches } from './security';

export interface WebServerOptions {
  handlers: Handlers;
  token: string;
  /** The built renderer (out/renderer); without it only the API is served. */
  staticDir?: string;
  /** Largest accepted request body in bytes (413 above). */
  bodyLimit?: number;
}

export const DEFAULT_BODY_LIMIT = 40 * 1024 * 1024;

export async function createWebServer(opts: WebServerOptions): Promise<FastifyInstance> {
  // On close, connections are dropped at once (a browser's keep-alive or a long request would otherwise hold the
  // process for Fastify's 72 s keep-alive timeout); writes already under way still finish before the store closes.
  const app = Fastify({ bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT, logger: false, trustProxy: false, forceCloseConnections: true });
  // The API takes JSON only: no text/plain, the one body type a cross-site form or "simple" fetch could send.
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', async (req, reply) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    if (!isLoopbackHost(req.headers.host)) {
      return reply.code(421).send({ error: 'Quire only answers requests addressed to this machine (127.0.0.1).' });
    }
    if (req.url.startsWith('/api/')) {
      if (!isAllowedOrigin(req.headers.origin, req.headers.host)) {
        return reply.code(403).send({ error: 'Cross-origin requests are refused.' });
      }
      if (!tokenMatches(opts.token, req.headers.authorization)) {
        return reply.code(401).send({ error: 'Missing or wrong session token: open the URL Quire printed.' });
      }
    }
  });

  app.post<{ Params: { method: string } }>('/api/:method', async (req, reply) => {
    const result = await dispatch(opts.handlers, req.params.method, req.body, { remote: true });
    if (result.ok) return reply.code(200).send({ ok: true, value: result.value });
    return reply.code(result.status).send({ ok: false, error: result.error });
  });

  app.setErrorHandler((err: { statusCode?: number; message: string }, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    reply.code(status).send({ ok: false, error: status === 413 ? 'Request too large.' : err.message });
  });

  if (opts.staticDir && existsSync(opts.staticDir)) {
    await app.register(fastifyStatic, { root: opts.staticDir, index: ['index.html'], dotfiles: 'deny' });
  } else {
    app.get('/', async () => ({ ok: true, note: 'API only: the renderer is not built (npm run build).' }));
  }
  return app;
}

/** Listens on 127.0.0.1 only; port 0 picks a free port. Returns the URL to open, token included. */
export async function listen(app: FastifyInstance, port: number, token: string): Promise<string> {
  await app.listen({ host: '127.0.0.1', port });
  const address = app.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return `http://127.0.0.1:${actual}/?token=${encodeURIComponent(token)}`;
}
