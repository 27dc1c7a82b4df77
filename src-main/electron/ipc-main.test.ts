import { beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for Electron's ipcMain: records handlers so they can be called like the renderer would.
const registered = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, fn);
    },
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));

const { methods } = await import('../shared/contract/api');
const { registerContractIpc, registerDesktopIpc, senderCheck, unregisterIpc } = await import('./ipc-main');

type Frame = { url: string; parent: Frame | null };
const top: Frame = { url: 'quire://app/index.html', parent: null };
const eventFrom = (frame: Frame | null) => ({ senderFrame: frame }) as never;

function fakeHandlers() {
  const calls: Array<[string, unknown]> = [];
  const handlers = new Proxy(
    {},
    {
      get: (_t, method: string) => async (input: unknown) => {
        calls.push([method, input]);
        if (method === 'getArticle') throw new Error('No article with id\nzzz');
        return { method };
      },
    },
  ) as import('../shared/contract/api').Handlers;
  return { calls, handlers };
}

describe('registerContractIpc', () => {
  beforeEach(() => registered.clear());

  it('registers exactly one channel per contract method', () => {
    const channels = registerContractIpc(() => fakeHandlers().handlers, () => true);
    expect(channels).toEqual(methods.map((m) => `quire:${m}`));
    expect([...registered.keys()].sort()).toEqual(channels.slice().sort());
    unregisterIpc(channels);
    expect(registered.size).toBe(0);
  });

  it('dispatches trusted calls and replies {ok, value}', async () => {
    const { calls, handlers } = fakeHandlers();
    registerContractIpc(() => handlers, senderCheck(['quire://app']));
    await expect(registered.get('quire:listArticles')!(eventFrom(top), {})).resolves.toEqual({ ok: true, value: { method: 'listArticles' } });
    expect(calls).toEqual([['listArticles', {}]]);
  });

  it('validates input through dispatch before any handler runs', async () => {
    const { calls, handlers } = fakeHandlers();
    registerContractIpc(() => handlers, senderCheck(['quire://app']));
    const reply = (await registered.get('quire:getArticle')!(eventFrom(top), { id: 5, extra: true })) as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/^Invalid input for getArticle/);
    expect(calls).toEqual([]);
  });

  it('turns handler errors into one-line {ok:false, error} replies', async () => {
    registerContractIpc(() => fakeHandlers().handlers, senderCheck(['quire://app']));
    await expect(registered.get('quire:getArticle')!(eventFrom(top), { id: 'zzz' })).resolves.toEqual({
      ok: false,
      error: 'No article with id zzz',
    });
  });

  it('replies {ok:false} while the notebook is not open yet', async () => {
    registerContractIpc(() => {
      throw new Error('The notebook is still opening');
    }, senderCheck(['quire://app']));
    await expect(registered.get('quire:listArticles')!(eventFrom(top), {})).resolves.toEqual({ ok: false, error: 'The notebook is still opening' });
  });

  it('refuses foreign pages, subframes and vanished frames without running the handler', async () => {
    const { calls, handlers } = fakeHandlers();
    registerContractIpc(() => handlers, senderCheck(['quire://app']));
    const call = registered.get('quire:listArticles')!;
    const foreign = { url: 'https://evil.example/', parent: null };
    const sub = { url: 'quire://app/index.html', parent: top };
    for (const frame of [foreign, sub, null]) {
      const reply = (await call(eventFrom(frame), {})) as { ok: boolean };
      expect(reply.ok).toBe(false);
    }
    expect(calls).toEqual([]);
  });
});

describe('registerDesktopIpc', () => {
  beforeEach(() => registered.clear());

  it('registers the desktop calls, checks senders and wraps results', async () => {
    const channels = registerDesktopIpc(
      {
        openFileDialog: async () => ['/tmp/a.txt'],
        saveFileDialog: async () => {
          throw new Error('Invalid input: a file name, not a path');
        },
        confirmExternal: async () => true,
      },
      senderCheck(['quire://app']),
    );
    expect(channels.sort()).toEqual(['quire-desktop:confirmExternal', 'quire-desktop:openFileDialog', 'quire-desktop:saveFileDialog']);
    await expect(registered.get('quire-desktop:openFileDialog')!(eventFrom(top), undefined)).resolves.toEqual({ ok: true, value: ['/tmp/a.txt'] });
    await expect(registered.get('quire-desktop:saveFileDialog')!(eventFrom(top), {})).resolves.toMatchObject({ ok: false });
    const foreign = { url: 'https://evil.example/', parent: null };
    await expect(registered.get('quire-desktop:confirmExternal')!(eventFrom(foreign), { url: 'https://x.org' })).resolves.toMatchObject({ ok: false });
  });
});
