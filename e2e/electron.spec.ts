// Electron end-to-end: the desktop window opens on the sample library, runs sandboxed with a named-function bridge,
// blocks navigation and pop-ups, keeps one instance per notebook and remembers its size. Skipped, saying why,
// where the Electron binary is not installed (it cannot be downloaded on every machine).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { methods } from '../src-main/shared/contract/api';
import type { QuireBridge } from '../src-main/shared/desktop-api';

const root = fileURLToPath(new URL('..', import.meta.url));
const mainScript = join(root, 'out/main/index.js');

/** Finds Electron's binary the way node_modules/electron/index.js does, without requiring it (that downloads). */
function findElectron(): { binary: string } | { reason: string } {
  const pkg = join(root, 'node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) {
    return { reason: `Electron's binary is not installed (${pathFile} is missing; run "npx install-electron" where downloads work)` };
  }
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist'), readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { reason: `Electron's binary is missing at ${binary}` };
  if (!existsSync(mainScript)) return { reason: `the app is not built (${mainScript} is missing; run "npm run build")` };
  return { binary };
}

const found = findElectron();
const electronAvailable = 'binary' in found;
if (!electronAvailable) console.log(`[electron.spec] skipped: ${found.reason}`);

function launchArgs(dataDir: string): string[] {
  // Chromium refuses to start as root with its OS sandbox (containers, CI); the renderer sandbox flags still apply.
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return [...(root ? ['--no-sandbox'] : []), mainScript, '--data', dataDir];
}

function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RENDERER_URL' && k !== 'QUIRE_DATA') env[k] = v;
  return env;
}

async function launch(dataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  if (!('binary' in found)) throw new Error(found.reason);
  const app = await electron.launch({ executablePath: found.binary, args: launchArgs(dataDir), env: cleanEnv(), timeout: 30_000 });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

type QuireWindow = Window & { quire: QuireBridge };

test.describe('Electron desktop app', () => {
  test.skip(!electronAvailable, 'reason' in found ? found.reason : '');
  test.describe.configure({ mode: 'serial' });

  let dataDir: string;
  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'quire-electron-'));
    ({ app, page } = await launch(dataDir));
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens on the app protocol with the library showing the sample articles', async () => {
    expect(page.url()).toMatch(/^quire:\/\/app\//);
    const corpusFiles = readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.txt'));
    const titles = await page.evaluate(async () => (await (window as unknown as QuireWindow).quire.listArticles({})).map((a) => a.title));
    expect(titles).toHaveLength(corpusFiles.length);
    for (const title of titles) await expect(page.getByText(title, { exact: false }).first()).toBeVisible();
  });

  test('runs the window sandboxed, isolated and without Node', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const wc = BrowserWindow.getAllWindows()[0].webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> };
      return wc.getLastWebPreferences?.() ?? null;
    });
    if (prefs) {
      expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    }
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      module: typeof (globalThis as Record<string, unknown>).module,
      ipc: typeof (globalThis as Record<string, unknown>).ipcRenderer,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', ipc: 'undefined' });
    const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
  });

  test('exposes window.quire as named functions only, one per contract method', async () => {
    const shape = await page.evaluate(() => {
      const q = (window as unknown as { quire: Record<string, unknown> }).quire;
      const desktop = q.desktop as Record<string, unknown>;
      return {
        keys: Object.keys(q).sort(),
        kinds: Object.entries(q).map(([k, v]) => [k, typeof v]),
        desktop: Object.entries(desktop).map(([k, v]) => [k, typeof v]),
      };
    });
    expect(shape.keys).toEqual([...methods, 'desktop'].sort());
    for (const [key, kind] of shape.kinds) expect(kind, key).toBe(key === 'desktop' ? 'object' : 'function');
    for (const [key, kind] of shape.desktop) expect(kind, key).toBe('function');
    expect(shape.keys).not.toContain('invoke');
  });

  test('rejects a missing article and bad input with one-line Errors', async () => {
    const messages = await page.evaluate(async () => {
      const quire = (window as unknown as QuireWindow).quire;
      const messageOf = (p: Promise<unknown>) =>
        p.then(
          () => 'resolved',
          (e: unknown) => (e instanceof Error ? e.message : `not an Error: ${String(e)}`),
        );
      return [await messageOf(quire.getArticle({ id: 'no-such-article' })), await messageOf(quire.getArticle({} as never))];
    });
    for (const message of messages) {
      expect(message).not.toBe('resolved');
      expect(message).not.toMatch(/\n|not an Error/);
    }
    expect(messages[1]).toMatch(/^Invalid input for getArticle/);
  });

  test('blocks pop-ups and navigation away from the app', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    const before = page.url();
    await page.evaluate(() => {
      location.href = 'file:///etc/passwd';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toBe(before);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('a second launch on the same notebook exits and leaves the first running', async () => {
    if (!('binary' in found)) return;
    const second = spawnSync(found.binary, launchArgs(dataDir), { env: cleanEnv(), timeout: 20_000 });
    expect(second.signal).toBeNull(); // not killed by the timeout: it quit by itself
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('remembers the window size across launches', async () => {
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].setBounds({ width: 1000, height: 700 }));
    await app.close();
    ({ app, page } = await launch(dataDir));
    const size = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].getNormalBounds());
    expect({ width: size.width, height: size.height }).toEqual({ width: 1000, height: 700 });
  });
});
