// Smoke test of the real main-process wiring against a stand-in for Electron (the binary cannot run everywhere):
// lock, protocol, notebook boot with --data, one IPC channel per method, the secure window and its guards.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const state = {
    ipc: new Map<string, Listener>(),
    appEvents: new Map<string, Listener>(),
    windows: [] as Array<{ options: Record<string, unknown>; url?: string }>,
    userData: '',
    menu: null as unknown,
    protocolScheme: '',
    privileged: [] as unknown[],
    quit: 0,
    ready: null as null | (() => void),
  };
  class FakeWindow {
    webContents = { send: () => undefined, setWindowOpenHandler: () => undefined, on: () => undefined };
    record: { options: Record<string, unknown>; url?: string };
    constructor(options: Record<string, unknown>) {
      this.record = { options };
      state.windows.push(this.record);
    }
    static getAllWindows = () => state.windows;
    static fromWebContents = () => null;
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
    once() {}
    on() {}
    isDestroyed = () => false;
  }
  const electron = {
    app: {
      isPackaged: false,
      setName: () => undefined,
      getName: () => 'Quire',
      getVersion: () => '0.0.0-test',
      setPath: (name: string, dir: string) => {
        if (name === 'userData') state.userData = dir;
      },
      getPath: () => state.userData,
      requestSingleInstanceLock: () => true,
      on: (event: string, fn: Listener) => state.appEvents.set(event, fn),
      isReady: () => true,
      whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
      quit: () => void state.quit++,
      exit: () => undefined,
      setAboutPanelOptions: () => undefined,
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => state.privileged.push(...s),
      handle: (scheme: string) => void (state.protocolScheme = scheme),
    },
    ipcMain: { handle: (channel: string, fn: Listener) => state.ipc.set(channel, fn), removeHandler: () => undefined },
    BrowserWindow: FakeWindow,
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => void (state.menu = m) },
    nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        webRequest: { onBeforeRequest: () => undefined, onHeadersReceived: () => undefined },
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
      },
    },
    dialog: { showErrorBox: (title: string, body: string) => console.error(title, body) },
    shell: {},
  };
  return { state, electron };
});
vi.mock('electron', () => fake.electron);

const dataDir = mkdtempSync(join(tmpdir(), 'quire-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('main process wiring', () => {
  it('boots the notebook named by --data and opens one secure window on quire://app', async () => {
    const argv = process.argv;
    process.argv = [...argv, '--data', dataDir];
    delete process.env.ELECTRON_RENDERER_URL;
    await import('./main');
    process.argv = argv;
    const { state } = fake;

    expect(state.privileged).toEqual([expect.objectContaining({ scheme: 'quire' })]);
    expect(state.userData).toBe(join(dataDir, '.electron-profile'));
    expect([...state.appEvents.keys()]).toEqual(expect.arrayContaining(['second-instance', 'window-all-closed']));

    state.ready!();
    await vi.waitFor(() => expect(state.windows).toHaveLength(1), { timeout: 20_000 });
    const { methods } = await import('../shared/contract/api');
    const contractChannels = [...state.ipc.keys()].filter((c) => c.startsWith('quire:'));
    expect(contractChannels.sort()).toEqual(methods.map((m) => `quire:${m}`).sort());
    expect(state.protocolScheme).toBe('quire');
    expect(state.menu).toBeTruthy();
    expect(state.appEvents.has('web-contents-created')).toBe(true);

    const win = state.windows[0];
    expect(win.url).toBe('quire://app/index.html');
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect((win.options.webPreferences as { additionalArguments: string[] }).additionalArguments[0]).toMatch(/^--quire-methods=/);

    const trusted = { senderFrame: { url: 'quire://app/index.html', parent: null } };
    const reply = (await state.ipc.get('quire:listArticles')!(trusted, {})) as { ok: boolean; value: unknown[] };
    expect(reply.ok).toBe(true);
    expect(reply.value.length).toBeGreaterThan(0); // seeded with the sample corpus
    const info = (await state.ipc.get('quire:notebookInfo')!(trusted, {})) as { ok: boolean; value: { dataDir: string } };
    expect(info.value.dataDir).toBe(dataDir);

    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await state.ipc.get('quire:listArticles')!(foreign, {})).toMatchObject({ ok: false });
  });
});
