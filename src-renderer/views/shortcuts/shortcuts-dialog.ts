// The keyboard shortcuts dialog: `?` (or Ctrl/Cmd+/, or Help > Keyboard shortcuts) opens it; focus stays inside
// until Escape or Close, then returns to where it was.

import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { isShortcutsKey, shortcutGroups } from './shortcut-list';

type DesktopBridge = { desktop?: { onEvent(listener: (e: { kind: string; command?: string }) => void): () => void } };

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

@customElement('quire-shortcuts')
export class QuireShortcuts extends LitElement {
  @state() private open = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  private returnFocus: HTMLElement | null = null;
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
    this.returnFocus = deepActiveElement();
    this.open = true;
    await this.updateComplete;
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('button.close')?.focus();
  }

  private onWindowKey = (e: KeyboardEvent): void => {
    if (this.open || e.defaultPrevented) return;
    const inField = e.composedPath().some((n) => n instanceof HTMLElement && (n.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(n.tagName)));
    if (!isShortcutsKey(e, inField)) return;
    e.preventDefault();
    void this.show();
  };

  private close = (): void => {
    if (this.dialog.open) this.dialog.close();
  };

  /** After the dialog closed (Escape, Close button): hide and give focus back. */
  private onClosed = (): void => {
    this.open = false;
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus();
  };

  /** Keeps Tab and Shift+Tab inside the dialog. */
  private onDialogKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Tab') return;
    const focusables = [...this.dialog.querySelectorAll<HTMLElement>('button, [href], [tabindex]:not([tabindex="-1"])')];
    if (!focusables.length) return;
    const i = focusables.indexOf(deepActiveElement() as HTMLElement);
    const next = e.shiftKey ? (i <= 0 ? focusables.length - 1 : i - 1) : (i + 1) % focusables.length;
    e.preventDefault();
    focusables[next].focus();
  };

  render() {
    if (!this.open) return html``;
    const desktop = !!(window as unknown as { quire?: DesktopBridge }).quire?.desktop;
    const groups = shortcutGroups({ desktop, searchMounted: !!customElements.get('quire-command-palette') });
    return html`<dialog aria-labelledby="title" @close=${this.onClosed} @keydown=${this.onDialogKey}>
      <header>
        <h2 id="title">Keyboard shortcuts</h2>
        <button class="close" @click=${this.close}>Close</button>
      </header>
      <div class="body" tabindex="0" aria-label="Shortcut list">
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
    </dialog>`;
  }

  static styles = css`
    dialog { max-width: min(46rem, 92vw); max-height: 85vh; padding: 0; border: 1px solid var(--q-border); border-radius: 10px; background: var(--q-panel); color: var(--q-text); box-shadow: 0 12px 40px rgb(0 0 0 / 0.25); }
    dialog::backdrop { background: rgb(0 0 0 / 0.35); }
    header { display: flex; align-items: center; justify-content: space-between; padding: 0.8rem 1.2rem; border-bottom: 1px solid var(--q-border); }
    h2 { margin: 0; font-size: 1.15rem; }
    h3 { margin: 1rem 0 0.4rem; font-size: 0.95rem; color: var(--q-muted); }
    .body { padding: 0 1.2rem 1rem; overflow: auto; max-height: calc(85vh - 4rem); }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
    th { text-align: left; font-weight: 600; font-size: 0.8rem; color: var(--q-muted); padding: 0.2rem 0.5rem; }
    td { padding: 0.3rem 0.5rem; border-top: 1px solid var(--q-border); vertical-align: top; }
    td.where { color: var(--q-muted); }
    kbd { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 0.85rem; padding: 0.05rem 0.35rem; border: 1px solid var(--q-border); border-radius: 4px; background: var(--q-bg); white-space: nowrap; }
    button { font: inherit; font-size: 0.9rem; padding: 0.3rem 0.8rem; border-radius: 6px; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); cursor: pointer; }
    button:hover { background: var(--q-hover); }
    :focus-visible { outline: 2px solid var(--q-focus); outline-offset: 2px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-shortcuts': QuireShortcuts;
  }
}
