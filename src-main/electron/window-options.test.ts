import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, printWindowOptions, SECURE_WEB_PREFERENCES, windowOptions } from './window-options';

const base = { preloadPath: '/app/out/preload/preload.cjs', preloadArguments: ['--quire-methods=listArticles'] };

describe('windowOptions', () => {
  it('builds a sandboxed, isolated window without Node', () => {
    const prefs = windowOptions(base).webPreferences!;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      devTools: false,
      spellcheck: true,
    });
    expect(prefs.preload).toBe(base.preloadPath);
    expect(prefs.additionalArguments).toEqual(base.preloadArguments);
  });

  it('opens hidden at the default or remembered size, never below the minimum', () => {
    const fresh = windowOptions(base);
    expect(fresh).toMatchObject({ show: false, ...DEFAULT_SIZE, minWidth: MIN_SIZE.width, minHeight: MIN_SIZE.height });
    const remembered = windowOptions({ ...base, bounds: { x: 10, y: 20, width: 1000, height: 700 } });
    expect(remembered).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
  });

  it('paints a dark background for a dark theme (no white flash)', () => {
    expect(windowOptions({ ...base, dark: true }).backgroundColor).not.toBe(windowOptions({ ...base, dark: false }).backgroundColor);
  });

  it('cannot be loosened by the caller', () => {
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
    const devtools = windowOptions({ ...base, devTools: true }).webPreferences!;
    expect(devtools.devTools).toBe(true);
    expect(devtools.sandbox).toBe(true);
    expect(devtools.nodeIntegration).toBe(false);
  });
});

describe('printWindowOptions', () => {
  it('is hidden, script-free, sandboxed and in its own session, with no preload', () => {
    const opts = printWindowOptions('quire-print');
    expect(opts.show).toBe(false);
    expect(opts.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, partition: 'quire-print' });
    expect(opts.webPreferences!.preload).toBeUndefined();
  });
});
