// Sandboxed preload: exposes window.quire with one named function per contract method (and desktop helpers), nothing else.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildBridge, methodsFromArgv } from './ipc-protocol';

const bridge = buildBridge(
  methodsFromArgv(process.argv),
  (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  (channel, listener) => {
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('quire', bridge);
