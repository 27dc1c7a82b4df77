// First-run hint above the library: three things to try with the sample corpus; dismissed once, remembered.

import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { isDismissed, rememberDismissed } from './dismissal';

@customElement('quire-onboarding-hint')
export class QuireOnboardingHint extends LitElement {
  @state() private dismissed = isDismissed(globalThis.localStorage);
  @state() private onLibrary = isLibraryHash(location.hash);

  private onHash = () => (this.onLibrary = isLibraryHash(location.hash));

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
  }

  disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHash);
    super.disconnectedCallback();
  }

  private dismiss = () => {
    rememberDismissed(globalThis.localStorage);
    this.dismissed = true;
    (document.querySelector('quire-app')?.shadowRoot?.querySelector('main') as HTMLElement | null)?.focus({ preventScroll: true });
  };

  render() {
    if (this.dismissed || !this.onLibrary) return html``;
    return html`<section aria-labelledby="hint-title">
      <div class="head">
        <h2 id="hint-title">Getting started</h2>
        <button @click=${this.dismiss} aria-label="Dismiss the getting started tips">Dismiss</button>
      </div>
      <p>Your notebook opens with five sample reports on Syrian diplomats defecting in 2012. Things to try:</p>
      <ol>
        <li><strong>Highlight a passage:</strong> open an article, select a few words and press <kbd>H</kbd> or pick a colour.</li>
        <li><strong>Open a figure:</strong> <a href="#/figures">the figures list</a> has each person the reports name, with roles, quotes and every mention.</li>
        <li><strong>Export a dossier:</strong> on a figure’s page choose <em>Dossier</em>, then <em>Export…</em> to PDF, Markdown or HTML.</li>
      </ol>
      <p class="more">Press <kbd>?</kbd> for keyboard shortcuts.</p>
    </section>`;
  }

  static styles = css`
    section { max-width: 60rem; margin: 1rem auto 0; padding: 0.8rem 1.2rem; border: 1px solid var(--q-border); border-left: 4px solid var(--q-accent); border-radius: 8px; background: var(--q-panel); color: var(--q-text); }
    .head { display: flex; align-items: center; justify-content: space-between; gap: 1rem; }
    h2 { margin: 0; font-size: 1.05rem; }
    p { margin: 0.4rem 0; }
    ol { margin: 0.3rem 0; padding-left: 1.4rem; line-height: 1.5; }
    .more { color: var(--q-muted); font-size: 0.9rem; }
    a { color: var(--q-accent); }
    kbd { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 0.85em; padding: 0 0.3rem; border: 1px solid var(--q-border); border-radius: 4px; background: var(--q-bg); }
    button { font: inherit; font-size: 0.9rem; padding: 0.25rem 0.8rem; border-radius: 6px; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); cursor: pointer; }
    button:hover { background: var(--q-hover); }
    :focus-visible { outline: 2px solid var(--q-focus); outline-offset: 2px; }
  `;
}

function isLibraryHash(hash: string): boolean {
  const path = hash.replace(/^#/, '').split('?')[0];
  return path === '' || path === '/';
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-onboarding-hint': QuireOnboardingHint;
  }
}
