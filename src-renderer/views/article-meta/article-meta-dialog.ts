// "Edit details" of an article: title, outlet, date, URL and tags in a modal dialog, saved with updateArticle.
//
// Fires `article-updated` (detail: the saved ArticleView) on itself and `quire-articles-changed` on window, so the
// reader and the library show the change at once. The server's message is shown when it refuses a value.

import { consume } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ApiClient } from '../../api/client';
import { apiContext } from '../../app/context';
import type { ArticleView } from '../../../src-main/shared/contract/api';
import { type MetaForm, toPatch } from './to-patch';

@customElement('quire-article-meta')
export class QuireArticleMeta extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @property({ attribute: false }) article: ArticleView | null = null;
  @state() private error = '';
  @state() private saving = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('form') private form!: HTMLFormElement;

  /** Opens the dialog with the article's current details. */
  open(): void {
    this.error = '';
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.form.reset();
      this.dialog.showModal();
      (this.renderRoot.querySelector('#meta-title') as HTMLInputElement | null)?.focus();
    });
  }

  private async save(e: SubmitEvent) {
    e.preventDefault();
    if (!this.article) return;
    const data = new FormData(this.form);
    const form = Object.fromEntries(['title', 'outlet', 'published', 'url', 'tags'].map((k) => [k, String(data.get(k) ?? '')])) as unknown as MetaForm;
    const parsed = toPatch(form);
    if (!parsed.ok) {
      this.error = parsed.error;
      return;
    }
    this.saving = true;
    try {
      const saved = await this.api.call('updateArticle', { id: this.article.id, patch: parsed.patch });
      this.dialog.close();
      this.dispatchEvent(new CustomEvent('article-updated', { detail: saved, bubbles: true, composed: true }));
      window.dispatchEvent(new CustomEvent('quire-articles-changed'));
    } catch (err) {
      this.error = (err as Error).message;
    } finally {
      this.saving = false;
    }
  }

  render() {
    const a = this.article;
    if (!a) return html``;
    return html`<dialog aria-labelledby="meta-heading">
      <form @submit=${this.save} @input=${() => (this.error = '')} novalidate>
        <h2 id="meta-heading">Edit details</h2>
        <label>Title <input id="meta-title" name="title" required maxlength="500" .defaultValue=${a.title} /></label>
        <label>Outlet <input name="outlet" maxlength="200" .defaultValue=${a.outlet ?? ''} /></label>
        <label>Date <input name="published" type="date" .defaultValue=${a.published ?? ''} /></label>
        <label>URL <input name="url" type="url" maxlength="2000" placeholder="https://" .defaultValue=${a.url ?? ''} /></label>
        <label>Tags <input name="tags" placeholder="comma, separated" .defaultValue=${a.tags.join(', ')} /></label>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
        <div class="buttons">
          <button type="button" @click=${() => this.dialog.close()}>Cancel</button>
          <button type="submit" class="primary" ?disabled=${this.saving}>${this.saving ? 'Saving…' : 'Save'}</button>
        </div>
      </form>
    </dialog>`;
  }

  static styles = css`
    dialog { border: 1px solid var(--q-border); border-radius: 10px; padding: 1.25rem 1.5rem; background: var(--q-panel); color: var(--q-text); width: min(32rem, calc(100vw - 3rem)); }
    dialog::backdrop { background: rgb(0 0 0 / 0.35); }
    h2 { margin: 0 0 1rem; font-family: var(--q-serif); }
    label { display: grid; gap: 0.25rem; margin-bottom: 0.8rem; font-size: 0.85rem; color: var(--q-muted); }
    input { font: inherit; font-size: 1rem; padding: 0.4rem 0.55rem; border: 1px solid var(--q-border); border-radius: 6px; background: var(--q-bg, var(--q-panel)); color: var(--q-text); }
    .buttons { display: flex; justify-content: flex-end; gap: 0.5rem; margin-top: 1rem; }
    button { font: inherit; padding: 0.35rem 0.9rem; border-radius: 6px; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); cursor: pointer; }
    .primary { background: var(--q-accent); border-color: var(--q-accent); color: var(--q-accent-text); }
    .error { color: var(--q-danger); margin: 0.25rem 0; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-article-meta': QuireArticleMeta;
  }
}
