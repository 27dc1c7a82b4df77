// Styles for Shoelace menus (sl-dropdown + sl-menu) and tooltips inside Quire's components. A dropdown's trigger
// button carries aria-haspopup="true" aria-expanded="false" itself: Shoelace sets them only once it can see the
// trigger, which may be after the first render; it keeps aria-expanded up to date from then on.

import { css } from 'lit';

export const menuStyles = css`
  sl-menu { min-width: 11rem; padding: 0.3rem 0; border-radius: 8px; box-shadow: 0 6px 20px rgb(0 0 0 / 0.18); }
  sl-menu-item::part(base) { font-size: 0.9rem; padding: 0.1rem 0.4rem; }
  sl-menu-item::part(checked-icon) { width: 1rem; }
  sl-menu-item::part(submenu-icon) { display: none; }
  sl-menu-label::part(base) { font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.05em; }
  sl-tooltip { --max-width: 16rem; }
`;
