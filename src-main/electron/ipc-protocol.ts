// The IPC wire format between main and preload: channel names, {ok, value} | {ok:false, error} replies, and the
// bridge object the preload exposes. No Electron and no zod here: the sandboxed preload bundles this file.

import type { DesktopApi, DesktopEvent } from '../shared/desktop-api';
import type { Result } from '../shared/result';

export const CONTRACT_CHANNEL_PREFIX = 'quire:';
export const DESKTOP_CHANNEL_PREFIX = 'quire-desktop:';
/** main -> renderer: menu commands and notebook events. */
export const DESKTOP_EVENT_CHANNEL = 'quire-desktop:event';

export const DESKTOP_CALLS = ['openFileDialog', 'saveFileDialog', 'confirmExternal'] as const;
export type DesktopCall = (typeof DESKTOP_CALLS)[number];

export function contractChannel(method: string): string {
  return `${CONTRACT_CHANNEL_PREFIX}${method}`;
}

export function desktopChannel(call: DesktopCall): string {
  return `${DESKTOP_CHANNEL_PREFIX}${call}`;
}

/** Strips a dispatch result to what crosses IPC, with the error on one line. */
export function toIpcResult(result: Result<unknown>): Result<unknown> {
  if (result.ok) return { ok: true, value: result.value };
  return { ok: false, error: oneLine(result.error) };
}

export function oneLine(message: string): string {
  const line = String(message).replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return line.length > 0 ? line : 'Unknown error';
}

/** Turns an IPC reply back into a value, or throws an Error carrying the one-line message. Parses, never casts. */
export function unwrapIpcResult(reply: unknown): unknown {
  if (typeof reply !== 'object' || reply === null || typeof (reply as { ok?: unknown }).ok !== 'boolean') {
    throw new Error('Malformed reply from the Quire main process');
  }
  const r = reply as { ok: boolean; value?: unknown; error?: unknown };
  if (r.ok) return r.value;
  throw new Error(typeof r.error === 'string' ? oneLine(r.error) : 'Unknown error');
}

// ---- the method list handed to the preload -----------------------------------------------------------------
// The preload cannot import the contract (zod is not bundled into a sandboxed preload), so main passes the
// contract's method names as one command-line switch (webPreferences.additionalArguments).

const METHODS_SWITCH = '--quire-methods=';
const METHOD_NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
/** Names that must never become bridge functions, whatever the contract says. */
const RESERVED = new Set(['desktop', 'invoke', 'send', 'on', 'constructor', 'prototype', '__proto__', 'toString', 'then']);

export function isBridgeMethodName(name: string): boolean {
  return METHOD_NAME.test(name) && !RESERVED.has(name);
}

export function methodsArgument(methods: readonly string[]): string {
  for (const m of methods) if (!isBridgeMethodName(m)) throw new Error(`Method name not allowed on the bridge: ${m}`);
  return `${METHODS_SWITCH}${methods.join(',')}`;
}

/** The method names from the preload's argv; unknown-looking names are dropped. */
export function methodsFromArgv(argv: readonly string[]): string[] {
  const arg = argv.find((a) => a.startsWith(METHODS_SWITCH));
  if (!arg) return [];
  const names = arg.slice(METHODS_SWITCH.length).split(',').filter(isBridgeMethodName);
  return [...new Set(names)];
}

// ---- the bridge --------------------------------------------------------------------------------------------

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/**
 * The object the preload exposes as window.quire: one named function per contract method, each invoking its own
 * fixed channel, plus `desktop` helpers. No function takes a channel name, so the page cannot reach other channels.
 */
export function buildBridge(methods: readonly string[], invoke: Invoke, subscribe: Subscribe) {
  const bridge: Record<string, unknown> = {};
  for (const method of methods) {
    if (!isBridgeMethodName(method)) continue;
    const channel = contractChannel(method);
    bridge[method] = (input?: unknown) => invoke(channel, input ?? {}).then(unwrapIpcResult);
  }
  const desktop: DesktopApi = {
    openFileDialog: () => invoke(desktopChannel('openFileDialog')).then(unwrapIpcResult) as Promise<string[]>,
    saveFileDialog: (defaultName, filters) =>
      invoke(desktopChannel('saveFileDialog'), { defaultName, filters: filters ?? [] }).then(unwrapIpcResult) as Promise<string | null>,
    confirmExternal: (url) => invoke(desktopChannel('confirmExternal'), { url }).then(unwrapIpcResult) as Promise<boolean>,
    onEvent: (listener) => {
      if (typeof listener !== 'function') throw new Error('onEvent needs a function');
      return subscribe(DESKTOP_EVENT_CHANNEL, (payload) => listener(payload as DesktopEvent));
    },
  };
  bridge.desktop = Object.freeze(desktop);
  return Object.freeze(bridge);
}
