import { describe, expect, it } from 'vitest';
import { methods } from '../shared/contract/api';
import {
  buildBridge,
  contractChannel,
  DESKTOP_CALLS,
  DESKTOP_EVENT_CHANNEL,
  desktopChannel,
  isBridgeMethodName,
  methodsArgument,
  methodsFromArgv,
  oneLine,
  toIpcResult,
  unwrapIpcResult,
} from './ipc-protocol';

function recordingInvoke(reply: unknown = { ok: true, value: 'v' }) {
  const calls: Array<{ channel: string; args: unknown[] }> = [];
  const invoke = async (channel: string, ...args: unknown[]) => {
    calls.push({ channel, args });
    return reply;
  };
  return { calls, invoke };
}
const noSubscribe = () => () => undefined;

describe('method list handed to the preload', () => {
  it('round-trips the contract methods through the preload switch', () => {
    const argv = ['/usr/lib/electron', '--type=renderer', methodsArgument(methods), '--other'];
    expect(methodsFromArgv(argv)).toEqual([...methods]);
  });

  it('refuses to put reserved or odd names on the bridge', () => {
    expect(() => methodsArgument(['listArticles', 'invoke'])).toThrow(/invoke/);
    expect(() => methodsArgument(['a,b'])).toThrow();
    expect(methodsFromArgv(['--quire-methods=listArticles,__proto__,desktop,send,bad-name,,listArticles'])).toEqual(['listArticles']);
    expect(methodsFromArgv(['--no-methods'])).toEqual([]);
    expect(methods.every(isBridgeMethodName)).toBe(true);
  });
});

describe('buildBridge', () => {
  it('has exactly one named function per contract method, plus desktop helpers', () => {
    const bridge = buildBridge(methods, recordingInvoke().invoke, noSubscribe);
    expect(Object.keys(bridge).sort()).toEqual([...methods, 'desktop'].sort());
    for (const m of methods) expect(typeof bridge[m]).toBe('function');
    const desktop = bridge.desktop as Record<string, unknown>;
    expect(Object.keys(desktop).sort()).toEqual([...DESKTOP_CALLS, 'onEvent'].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const generic of ['invoke', 'send', 'on', 'ipcRenderer']) expect(bridge).not.toHaveProperty(generic);
  });

  it('sends each method on its own channel, with {} for a missing input, and resolves the value', async () => {
    const { calls, invoke } = recordingInvoke({ ok: true, value: [{ id: 'a1' }] });
    const bridge = buildBridge(methods, invoke, noSubscribe) as Record<string, (i?: unknown) => Promise<unknown>>;
    await expect(bridge.listArticles()).resolves.toEqual([{ id: 'a1' }]);
    await bridge.getArticle({ id: 'x' });
    expect(calls).toEqual([
      { channel: 'quire:listArticles', args: [{}] },
      { channel: 'quire:getArticle', args: [{ id: 'x' }] },
    ]);
  });

  it('rejects with an Error carrying the one-line message', async () => {
    const { invoke } = recordingInvoke({ ok: false, error: 'No article with id x' });
    const bridge = buildBridge(methods, invoke, noSubscribe) as Record<string, (i?: unknown) => Promise<unknown>>;
    const err = await bridge.getArticle({ id: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe('No article with id x');
  });

  it('sends desktop calls on their channels with validated-shape payloads', async () => {
    const { calls, invoke } = recordingInvoke({ ok: true, value: null });
    const bridge = buildBridge([], invoke, noSubscribe);
    const desktop = bridge.desktop as import('../shared/desktop-api').DesktopApi;
    await desktop.saveFileDialog('Nawaf Fares.pdf', [{ name: 'PDF', extensions: ['pdf'] }]);
    await desktop.confirmExternal('https://example.com/');
    await desktop.openFileDialog();
    expect(calls.map((c) => c.channel)).toEqual([
      desktopChannel('saveFileDialog'),
      desktopChannel('confirmExternal'),
      desktopChannel('openFileDialog'),
    ]);
    expect(calls[0].args[0]).toEqual({ defaultName: 'Nawaf Fares.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  });

  it('subscribes event listeners to the event channel only and returns the unsubscribe', () => {
    const subscribed: string[] = [];
    let unsubscribed = false;
    const bridge = buildBridge([], recordingInvoke().invoke, (channel) => {
      subscribed.push(channel);
      return () => {
        unsubscribed = true;
      };
    });
    const desktop = bridge.desktop as import('../shared/desktop-api').DesktopApi;
    const stop = desktop.onEvent(() => undefined);
    expect(subscribed).toEqual([DESKTOP_EVENT_CHANNEL]);
    stop();
    expect(unsubscribed).toBe(true);
    expect(() => desktop.onEvent('x' as never)).toThrow();
  });
});

describe('results across IPC', () => {
  it('keeps only ok/value or ok/error, on one line', () => {
    expect(toIpcResult({ ok: true, value: 3 })).toEqual({ ok: true, value: 3 });
    const withStatus = { ok: false as const, error: 'Invalid input\n  for getArticle', status: 400 };
    expect(toIpcResult(withStatus)).toEqual({ ok: false, error: 'Invalid input for getArticle' });
    expect(oneLine('  \n ')).toBe('Unknown error');
  });

  it('unwraps values and throws on errors and malformed replies', () => {
    expect(unwrapIpcResult({ ok: true, value: { a: 1 } })).toEqual({ a: 1 });
    expect(() => unwrapIpcResult({ ok: false, error: 'nope' })).toThrow('nope');
    expect(() => unwrapIpcResult({ ok: false })).toThrow('Unknown error');
    for (const bad of [undefined, null, 'ok', 42, { value: 1 }, { ok: 'true' }]) {
      expect(() => unwrapIpcResult(bad)).toThrow(/Malformed/);
    }
  });

  it('names channels after the methods', () => {
    expect(contractChannel('search')).toBe('quire:search');
    expect(desktopChannel('openFileDialog')).toBe('quire-desktop:openFileDialog');
  });
});
