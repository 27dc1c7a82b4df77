// IPC registration generated from the contract: one ipcMain.handle('quire:<method>') per method, each checking its
// sender, then dispatching (which validates the input); replies are {ok, value} | {ok:false, error}.

import type { IpcMainInvokeEvent } from 'electron';
import { ipcMain } from 'electron';
import { methods, type Handlers } from '../shared/contract/api';
import type { Result } from '../shared/result';
import { dispatch } from '../services/dispatch';
import { contractChannel, desktopChannel, toIpcResult, type DesktopCall } from './ipc-protocol';
import { validateIpcSender } from './web-policy';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** A check of event.senderFrame against the trusted origins (top frame only). */
export function senderCheck(origins: readonly string[]): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame) return false; // the frame navigated away or was destroyed
    return validateIpcSender(frame.url, frame.parent === null, origins);
  };
}

const REFUSED: Result<never> = { ok: false, error: 'Refused: this request did not come from the Quire window' };

/** Registers every contract method; returns the channels registered (for removal and for tests). */
export function registerContractIpc(getHandlers: () => Handlers, isTrusted: SenderCheck): string[] {
  const channels: string[] = [];
  for (const method of methods) {
    const channel = contractChannel(method);
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrusted(event)) return REFUSED;
      let handlers: Handlers;
      try {
        handlers = getHandlers();
      } catch (err) {
        return toIpcResult({ ok: false, error: err instanceof Error ? err.message : String(err) });
      }
      return toIpcResult(await dispatch(handlers, method, input));
    });
    channels.push(channel);
  }
  return channels;
}

export type DesktopHandlers = { [C in DesktopCall]: (input: unknown, event: IpcMainInvokeEvent) => Promise<unknown> };

export function registerDesktopIpc(handlers: DesktopHandlers, isTrusted: SenderCheck): string[] {
  return (Object.keys(handlers) as DesktopCall[]).map((call) => {
    const channel = desktopChannel(call);
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrusted(event)) return REFUSED;
      try {
        return toIpcResult({ ok: true, value: await handlers[call](input, event) });
      } catch (err) {
        return toIpcResult({ ok: false, error: err instanceof Error ? err.message : String(err) });
      }
    });
    return channel;
  });
}

export function unregisterIpc(channels: readonly string[]): void {
  for (const channel of channels) ipcMain.removeHandler(channel);
}
