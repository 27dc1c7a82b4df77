import { describe, expect, it } from 'vitest';
import { desktopInputs, importDialogOptions } from './desktop-requests';
import { DESKTOP_CALLS } from './ipc-protocol';
import { nextTheme, themeSource } from './theme';

describe('desktopInputs', () => {
  it('has a schema for every desktop call', () => {
    expect(Object.keys(desktopInputs).sort()).toEqual([...DESKTOP_CALLS].sort());
  });

  it('accepts a file name with filters, refuses paths and odd extensions', () => {
    const ok = desktopInputs.saveFileDialog.safeParse({ defaultName: 'Nawaf Fares.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(ok.success).toBe(true);
    for (const bad of [
      { defaultName: '../../.bashrc', filters: [] },
      { defaultName: 'C:\\Windows\\x.pdf', filters: [] },
      { defaultName: '', filters: [] },
      { defaultName: 'a.pdf', filters: [{ name: 'PDF', extensions: ['.pdf'] }] },
      { defaultName: 'a.pdf', filters: [], extra: 1 },
      { defaultName: 'a.pdf' },
    ]) {
      expect(desktopInputs.saveFileDialog.safeParse(bad).success).toBe(false);
    }
  });

  it('takes a URL string for confirmExternal and nothing for openFileDialog', () => {
    expect(desktopInputs.confirmExternal.safeParse({ url: 'https://example.com' }).success).toBe(true);
    expect(desktopInputs.confirmExternal.safeParse({ url: 42 }).success).toBe(false);
    expect(desktopInputs.openFileDialog.safeParse(undefined).success).toBe(true);
    expect(desktopInputs.openFileDialog.safeParse({ properties: ['openDirectory'] }).success).toBe(false);
  });
});

describe('importDialogOptions', () => {
  it('picks several article files of the formats the importer reads', () => {
    const o = importDialogOptions();
    expect(o.properties).toEqual(['openFile', 'multiSelections']);
    expect(o.filters[0].extensions).toEqual(expect.arrayContaining(['txt', 'md', 'html', 'pdf', 'epub']));
  });
});

describe('theme', () => {
  it('toggles from what is shown and maps settings to the native theme', () => {
    expect(nextTheme(true)).toBe('light');
    expect(nextTheme(false)).toBe('dark');
    expect(themeSource('system')).toBe('system');
    expect(themeSource('dark')).toBe('dark');
  });
});
