// Theme choices of the desktop shell: what View > Toggle dark mode switches to, and the native theme to follow.

import type { Settings } from '../shared/model';

/** Toggle from what is on screen now: dark goes light, light goes dark (an explicit choice, not "system"). */
export function nextTheme(showingDark: boolean): 'light' | 'dark' {
  return showingDark ? 'light' : 'dark';
}

/** Electron's nativeTheme.themeSource for a settings theme (the names coincide; kept explicit for the checker). */
export function themeSource(theme: Settings['theme']): 'system' | 'light' | 'dark' {
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}
