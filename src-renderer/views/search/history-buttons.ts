// Back and forward buttons for the top bar (hash routes already make every view a history entry); Alt+←/→ too.

import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { tip } from '../../ui/tip';

@customElement('quire-history-buttons')
export class QuireHistoryButtons extends LitElement {
  private onKey = (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowLeft') { e.preventDefault(); history.back(); }
    else if (e.key === 'ArrowRight') { e.preventDefault(); history.forward(); }
  };

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
  }

  disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onKey);
    super.disconnectedCallback();
  }

  render() {
    return html`${tip('Back (Alt+←)', html`<button aria-label="Back" @click=${() => history.back()}>←</button>`, 'bottom')}
      ${tip('Forward (Alt+→)', html`<button aria-label="Forward" @click=${() => history.forward()}>→</button>`, 'bottom')}`;
  }

  static styles = css`
    :host { display: inline-flex; gap: 0.15rem; }
    button { font: inherit; border: 1px solid transparent; background: none; color: var(--q-text); border-radius: 6px; padding: 0.2rem 0.5rem; cursor: pointer; }
    button:hover { background: var(--q-hover); border-color: var(--q-border); }
    button:focus-visible { outline: 2px solid var(--q-focus); outline-offset: 2px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-history-buttons': QuireHistoryButtons;
  }
}
