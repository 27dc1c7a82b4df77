// The keyboard shortcuts Quire has, grouped for the help dialog; search rows appear once the search UI is mounted.

import { searchShortcuts, type Shortcut } from '../search/shortcuts';

export interface ShortcutGroup {
  title: string;
  shortcuts: readonly Shortcut[];
}

const general: Shortcut[] = [
  { keys: '?', action: 'Show these keyboard shortcuts', where: 'anywhere outside a text field' },
  { keys: 'Ctrl/Cmd+/', action: 'Show these keyboard shortcuts', where: 'anywhere' },
  { keys: 'Escape', action: 'Close a dialog, a toolbar or this list', where: 'anywhere' },
  { keys: 'Tab / Shift+Tab', action: 'Move between links, buttons and fields', where: 'anywhere' },
];

const reading: Shortcut[] = [
  { keys: 'H', action: 'Highlight the selection (opens the colour toolbar)', where: 'in the reader, with text selected' },
  { keys: 'Ctrl+Shift+H', action: 'Highlight the selection', where: 'in the reader, even in a field' },
  { keys: 'Shift+F10 / Menu key', action: 'Open the reader’s actions menu (as a right-click does): highlight, copy, link, find', where: 'in the reader’s text' },
  { keys: '← / →', action: 'Move between the toolbar’s colours (Enter highlights) and between its actions', where: 'in the selection toolbar' },
  { keys: 'Enter / Space', action: 'Bring the matching passage of the other article into view', where: 'on a passage in Compare' },
  { keys: '← / → (Shift: faster)', action: 'Resize the panes or columns', where: 'on a divider in Side by side or Compare' },
];

const desktop: Shortcut[] = [
  { keys: 'Ctrl/Cmd+O', action: 'Import articles', where: 'desktop app' },
  { keys: 'Ctrl/Cmd+E', action: 'Export the current figure’s dossier', where: 'desktop app' },
  { keys: 'Ctrl/Cmd+Shift+D', action: 'Toggle dark mode', where: 'desktop app' },
];

/** Groups to show; `searchMounted` says whether the palette and search box exist in this build of the page. */
export function shortcutGroups(opts: { desktop: boolean; searchMounted: boolean }): ShortcutGroup[] {
  const groups: ShortcutGroup[] = [
    { title: 'General', shortcuts: general },
    { title: 'Reading and highlighting', shortcuts: reading },
  ];
  if (opts.searchMounted) groups.push({ title: 'Search and navigation', shortcuts: searchShortcuts });
  if (opts.desktop) groups.push({ title: 'Menus', shortcuts: desktop });
  return groups;
}

/** True when a key press should open the list: `?` outside text fields, or Ctrl/Cmd+/ anywhere. */
export function isShortcutsKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, inTextField: boolean): boolean {
  if (e.key === '/' && (e.ctrlKey || e.metaKey) && !e.altKey) return true;
  return e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !inTextField;
}
