// Shoelace's icons from files bundled with the app (offline, and allowed by the CSP's connect-src 'self'): the
// "system" library its components use internally, and the "default" library for the few icons Quire shows itself.

import { registerIconLibrary } from '@shoelace-style/shoelace/dist/utilities/icon-library.js';
import check from '@shoelace-assets/icons/check.svg?url&no-inline';
import chevronDown from '@shoelace-assets/icons/chevron-down.svg?url&no-inline';
import chevronLeft from '@shoelace-assets/icons/chevron-left.svg?url&no-inline';
import chevronRight from '@shoelace-assets/icons/chevron-right.svg?url&no-inline';
import threeDots from '@shoelace-assets/icons/three-dots.svg?url&no-inline';
import xLg from '@shoelace-assets/icons/x-lg.svg?url&no-inline';

/** Every icon the app can show, by Shoelace name. Shoelace's stock system icons are data: URLs it would fetch(). */
export const ICON_URLS: Readonly<Record<string, string>> = {
  check,
  caret: chevronDown,
  'chevron-down': chevronDown,
  'chevron-left': chevronLeft,
  'chevron-right': chevronRight,
  'three-dots': threeDots,
  'x-lg': xLg,
};

/** An unknown name resolves to nothing, so sl-icon draws nothing and fetches nothing. */
export function iconUrl(name: string): string {
  return Object.prototype.hasOwnProperty.call(ICON_URLS, name) ? ICON_URLS[name] : '';
}

export function registerLocalIcons(): void {
  registerIconLibrary('system', { resolver: iconUrl });
  registerIconLibrary('default', { resolver: iconUrl });
}
