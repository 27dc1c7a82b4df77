// The keyboard shortcuts dialog: `?` (or Ctrl/Cmd+/, or Help > Keyboard shortcuts) opens it; focus stays inside
// (Shoelace's sl-dialog) until Escape or Close, then returns to where it was.

import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import type SlDialog from '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import { dialogStyles } from '../../ui/dialog-styles';
import { rememberFocus } from '../../ui/focus';
import { isShortcutsKey, shortcutGroups } from './shortcut-list';

type DesktopBridge = { desktop?: { onEvent(listener: (e: { kind: string; command?: string }) => void): () => void } };

@customElement('quire-shortcuts')
export class QuireShortcuts extends LitElement {
  @state() private open = false;
  @query('sl-dialog') private dialog!: SlDialog;
  private restoreFocus: (() => void) | null = null;
  private stopDesktop: (() => void) | null = null;

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onWindowKey);
    const bridge = (window as unknown as { quire?: DesktopBridge }).quire;
    this.stopDesktop = bridge?.desktop?.onEvent((e) => e.kind === 'command' && e.command === 'show-shortcuts' && this.show()) ?? null;
  }

  disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onWindowKey);
    this.stopDesktop?.();
    super.disconnectedCallback();
  }

  /** Opens the dialog and moves focus into it. */
  async show(): Promise<void> {
    if (this.open) return;
    this.restoreFocus = rememberFocus();
    this.open = true;
    await this.updateComplete;
    await this.dialog.show();
  }

  private onWindowKey = (e: KeyboardEvent): void => {
    if (this.open || e.defaultPrevented) return;
    const inField = e.composedPath().some((n) => n instanceof HTMLElement && (n.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(n.tagName)));
    if (!isShortcutsKey(e, inField)) return;
    e.preventDefault();
    void this.show();
  };

  /** After the dialog closed (Escape, Close button, a click outside): drop it and give focus back. */
  private onClosed = (e: Event): void => {
    if (e.target !== this.dialog) return;
    this.open = false;
    this.restoreFocus?.();
    this.restoreFocus = null;
  };

  render() {
    if (!this.open) return html``;
    const desktop = !!(window as unknown as { quire?: DesktopBridge }).quire?.desktop;
    const groups = shortcutGroups({ desktop, searchMounted: !!customElements.get('quire-command-palette') });
    return html`<sl-dialog label="Keyboard shortcuts" @sl-after-hide=${this.onClosed}>
      <div class="body" tabindex="0" role="region" aria-label="Shortcut list">
        ${groups.map(
          (g) => html`<section>
            <h3>${g.title}</h3>
            <table>
              <thead><tr><th scope="col">Keys</th><th scope="col">Action</th><th scope="col">Where</th></tr></thead>
              <tbody>${g.shortcuts.map((s) => html`<tr><td><kbd>${s.keys}</kbd></td><td>${s.action}</td><td class="where">${s.where}</td></tr>`)}</tbody>
            </table>
          </section>`,
        )}
      </div>
    </sl-dialog>`;
  }

  static styles = [
    dialogStyles,
    css`
      sl-dialog { --width: min(46rem, 92vw); --body-spacing: 0; }
      sl-dialog::part(header) { border-bottom: 1px solid var(--q-border); }
      .body { padding: 0 1.25rem 1rem; overflow: auto; max-height: calc(85vh - 4rem); }
      h3 { margin: 1rem 0 0.4rem; font-size: 0.95rem; color: var(--q-muted); }
      table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
      th { text-align: left; font-weight: 600; font-size: 0.8rem; color: var(--q-muted); padding: 0.2rem 0.5rem; }
      td { padding: 0.3rem 0.5rem; border-top: 1px solid var(--q-border); vertical-align: top; }
      td.where { color: var(--q-muted); }
      kbd { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 0.85rem; padding: 0.05rem 0.35rem; border: 1px solid var(--q-border); border-radius: 4px; background: var(--q-bg); white-space: nowrap; }
      :focus-visible { outline: 2px solid var(--q-focus); outline-offset: 2px; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-shortcuts': QuireShortcuts;
  }
}
