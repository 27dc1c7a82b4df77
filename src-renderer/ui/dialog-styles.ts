// Styles for Shoelace dialogs inside Quire's components (a shadow root's own sheet is the only place that reaches them).

import { css } from 'lit';

export const dialogStyles = css`
  sl-dialog { --header-spacing: 0.9rem 1.25rem; --body-spacing: 0.25rem 1.25rem 1.1rem; --footer-spacing: 0 1.25rem 1rem; color: var(--q-text); }
  sl-dialog::part(panel) { border: 1px solid var(--q-border); border-radius: 10px; }
  sl-dialog::part(title) { font-family: var(--q-serif); font-size: 1.2rem; font-weight: 700; }
  sl-dialog::part(close-button__base):focus-visible { outline: 2px solid var(--q-focus); outline-offset: 1px; }
  .dialog-form label { display: grid; gap: 0.25rem; margin-bottom: 0.8rem; font-size: 0.85rem; color: var(--q-muted); }
  .dialog-form input { font: inherit; font-size: 1rem; padding: 0.4rem 0.55rem; border: 1px solid var(--q-border); border-radius: 6px; background: var(--q-bg, var(--q-panel)); color: var(--q-text); }
  .dialog-buttons { display: flex; justify-content: flex-end; gap: 0.5rem; margin-top: 1rem; }
  .dialog-buttons button { font: inherit; padding: 0.35rem 0.9rem; border-radius: 6px; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); cursor: pointer; }
  .dialog-buttons button:hover { background: var(--q-hover); }
  .dialog-buttons .primary { background: var(--q-accent); border-color: var(--q-accent); color: var(--q-accent-text); }
  .dialog-buttons .primary:hover { background: var(--q-accent); filter: brightness(1.08); }
  .dialog-buttons .danger { background: var(--q-danger); border-color: var(--q-danger); color: var(--q-panel); }
  sl-dialog input:focus-visible, sl-dialog button:focus-visible, sl-dialog a:focus-visible, sl-dialog summary:focus-visible { outline: 2px solid var(--q-focus); outline-offset: 2px; }
`;
