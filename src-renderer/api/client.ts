// The renderer's API client: window.quire (Electron preload) when present, else POST /api/<method> (web mode).

import type { Input, Method, Output } from '../../src-main/shared/contract/api';

type Bridge = { [M in Method]?: (input: Input<M>) => Promise<Output<M>> };

declare global {
  interface Window {
    quire?: Bridge;
  }
}

const TOKEN_KEY = 'quire.token';

/** Reads `?token=` once, keeps it for the session, and drops it from the visible URL. */
export function adoptToken(loc: Location = window.location, storage: Storage = sessionStorage): string | null {
  const params = new URLSearchParams(loc.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    history.replaceState(null, '', `${loc.pathname}${query ? `?${query}` : ''}${loc.hash}`);
  }
  return storage.getItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export interface ApiClient {
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  readonly mode: 'desktop' | 'web';
}

export function createClient(): ApiClient {
  const bridge = window.quire;
  if (bridge && typeof bridge.listArticles === 'function') {
    return {
      mode: 'desktop',
      call: (method, input) => {
        const fn = bridge[method] as ((i: unknown) => Promise<never>) | undefined;
        if (!fn) return Promise.reject(new ApiError(`${method} is not available`, 404));
        return fn(input);
      },
    };
  }
  const token = adoptToken();
  return {
    mode: 'web',
    async call(method, input) {
      const res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(input ?? {}),
      });
      const body = (await res.json().catch(() => ({ ok: false, error: `HTTP ${res.status}` }))) as
        | { ok: true; value: never }
        | { ok: false; error: string };
      if (!res.ok || !body.ok) throw new ApiError(body.ok ? `HTTP ${res.status}` : body.error, res.status);
      return body.value;
    },
  };
}
