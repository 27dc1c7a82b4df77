import { describe, expect, it } from 'vitest';
import { searchShortcuts } from '../search/shortcuts';
import { isShortcutsKey, shortcutGroups } from './shortcut-list';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('isShortcutsKey', () => {
  it('opens on ? outside text fields only', () => {
    expect(isShortcutsKey(key('?'), false)).toBe(true);
    expect(isShortcutsKey(key('?'), true)).toBe(false);
    expect(isShortcutsKey(key('?', { altKey: true }), false)).toBe(false);
  });
  it('opens on Ctrl/Cmd+/ even in a text field', () => {
    expect(isShortcutsKey(key('/', { ctrlKey: true }), true)).toBe(true);
    expect(isShortcutsKey(key('/', { metaKey: true }), false)).toBe(true);
    expect(isShortcutsKey(key('/'), false)).toBe(false);
  });
});

describe('shortcutGroups', () => {
  it('lists search shortcuts only when the search UI is mounted, menus only on the desktop', () => {
    const web = shortcutGroups({ desktop: false, searchMounted: false }).map((g) => g.title);
    expect(web).not.toContain('Search and navigation');
    expect(web).not.toContain('Menus');
    const all = shortcutGroups({ desktop: true, searchMounted: true });
    expect(all.find((g) => g.title === 'Search and navigation')?.shortcuts).toBe(searchShortcuts);
    expect(all.map((g) => g.title)).toContain('Menus');
  });
  it('has no shortcut listed twice for the same place', () => {
    const rows = shortcutGroups({ desktop: true, searchMounted: true }).flatMap((g) => g.shortcuts.map((s) => `${s.keys}|${s.where}`));
    expect(new Set(rows).size).toBe(rows.length);
  });
});
