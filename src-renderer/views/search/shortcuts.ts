// Keyboard shortcuts the search and navigation features add, for the help overlay to list.

export interface Shortcut {
  keys: string; // as shown to people: "Ctrl/Cmd+K"
  action: string;
  where: string; // "anywhere", "in the reader", ...
}

export const searchShortcuts: readonly Shortcut[] = [
  { keys: 'Ctrl/Cmd+K', action: 'Open the command palette: jump to an article, figure, note or action', where: 'anywhere' },
  { keys: '/', action: 'Focus the search box', where: 'anywhere outside a text field' },
  { keys: 'Ctrl/Cmd+F', action: 'Find in this article', where: 'in the reader' },
  { keys: 'Enter / Shift+Enter', action: 'Next / previous match', where: 'in the find bar' },
  { keys: 'Escape', action: 'Close the palette or the find bar', where: 'in the palette or find bar' },
  { keys: '↑ / ↓, Enter', action: 'Move through results and open one', where: 'in the palette' },
  { keys: 'Alt+← / Alt+→', action: 'Back / forward', where: 'anywhere' },
];

/** True for Ctrl+<key> (Cmd+<key> on macOS), without Alt. */
export function isModKey(e: KeyboardEvent, key: string): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === key;
}
