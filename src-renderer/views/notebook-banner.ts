// A banner over every view saying what the user must know about this notebook's opening: a damaged file restored
// from a backup (and from when), a notebook opened read-only. Messages come from notebookInfo; each can be dismissed.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { ApiClient } from '../api/client';
import { apiContext } from '../app/context';

@customElement('quire-notebook-banner')
export class QuireNotebookBanner extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @state() private dismissed = new Set<string>();

  private info = new Task(this, { task: async () => this.api.call('notebookInfo', {}), args: () => [] });

  render() {
    const info = this.info.value;
    if (!info) return nothing;
    const messages = info.messages.filter((m) => !this.dismissed.has(m));
    if (messages.length === 0) return nothing;
    return html`<div class="banner ${info.readOnly ? 'readonly' : ''}" role="alert">
      <ul>${messages.map((m) => html`<li>${m}</li>`)}</ul>
      <button type="button" @click=${() => (this.dismissed = new Set([...this.dismissed, ...messages]))}>Dismiss</button>
    </div>`;
  }

  static styles = css`
    .banner { display: flex; gap: 1rem; align-items: flex-start; margin: 0.75rem 1.25rem 0; padding: 0.6rem 0.9rem;
      border: 1px solid var(--q-warning, #b7791f); border-radius: 6px; background: var(--q-warning-bg, #fff8e6); color: var(--q-text); }
    ul { margin: 0; padding-inline-start: 1.1rem; flex: 1; }
    li + li { margin-top: 0.3rem; }
    button { flex: none; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-notebook-banner': QuireNotebookBanner;
  }
}
