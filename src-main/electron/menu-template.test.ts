import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuAction } from './menu-template';

function build(platform: NodeJS.Platform, dev = false) {
  const actions: MenuAction[] = [];
  const template = buildMenuTemplate({ platform, dev, appName: 'Quire', onAction: (a) => actions.push(a) });
  return { template, actions };
}

const items = (menu: MenuItemConstructorOptions) => (menu.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');
const names = (menu: MenuItemConstructorOptions) => items(menu).map((i) => i.role ?? i.label);
const top = (template: MenuItemConstructorOptions[], name: string) => {
  const found = template.find((m) => (m.label ?? m.role)?.replace('&', '') === name);
  if (!found) throw new Error(`no ${name} menu`);
  return found;
};

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window, Help on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { template } = build(platform);
      expect(template.map((m) => (m.label ?? m.role)!.replace('&', ''))).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
    }
  });

  it('puts the app menu first on macOS, with Quit there and Close in File', () => {
    const { template } = build('darwin');
    expect(template[0].label).toBe('Quire');
    expect(names(template[0])).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    expect(names(top(template, 'File'))).toContain('close');
    expect(names(top(template, 'File'))).not.toContain('quit');
  });

  it('File has Import…, Export dossier…, Open notebook folder and Quit', () => {
    const { template } = build('linux');
    expect(names(top(template, 'File'))).toEqual(['Import…', 'Export dossier…', 'Open notebook folder', 'quit']);
  });

  it('Edit has the usual roles', () => {
    const { template } = build('linux');
    expect(names(top(template, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll']);
  });

  it('View has zoom, dark mode and full screen; reload and devtools only in development', () => {
    const prod = names(top(build('linux').template, 'View'));
    expect(prod).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'Toggle dark mode', 'togglefullscreen']);
    const dev = names(top(build('linux', true).template, 'View'));
    expect(dev).toEqual(['reload', 'forceReload', 'toggleDevTools', ...prod]);
  });

  it('Help has Keyboard shortcuts and About', () => {
    expect(names(top(build('win32').template, 'help'))).toEqual(['Keyboard shortcuts', 'about']);
  });

  it('routes custom items to their actions, and gives each a unique accelerator', () => {
    const { template, actions } = build('linux');
    const custom = template.flatMap(items).filter((i) => i.click);
    for (const item of custom) (item.click as () => void)();
    expect(actions).toEqual(['import', 'export-dossier', 'open-notebook-folder', 'toggle-dark', 'show-shortcuts']);
    const accels = custom.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accels).size).toBe(accels.length);
  });
});
