// "Edit details" of an article: title, outlet, date, URL and tags in a modal dialog (Shoelace's sl-dialog: focus kept
// inside, Escape closes, focus goes back to the button that opened it), saved with updateArticle.
//
// Fires `article-updated` (detail: the saved ArticleView) on itself and `quire-articles-changed` on window, so the
// reader and the library show the change at once. The server's message is shown when it refuses a value.

import { consume } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import type SlDialog from '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import type { ApiClient } from '../../api/client';
import { apiContext } from '../../app/context';
import type { ArticleView } from '../../../src-main/shared/contract/api';
import { dialogStyles } from '../../ui/dialog-styles';
import { rememberFocus } from '../../ui/focus';
import { type MetaForm, toPatch } from './to-patch';

@customElement('quire-article-meta')
export class QuireArticleMeta extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @property({ attribute: false }) article: ArticleView | null = null;
  @state() private error = '';
  @state() private saving = false;
  @query('sl-dialog') private dialog!: SlDialog;
  @query('form') private form!: HTMLFormElement;
  private restoreFocus: (() => void) | null = null;

  /** Opens the dialog with the article's current details (the title field focused). */
  open(): void {
    this.error = '';
    this.restoreFocus = rememberFocus();
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.form.reset();
      void this.dialog.show();
    });
  }

  private afterHide(e: Event) {
    if (e.target !== this.dialog) return; // a tooltip or menu inside would send its own
    this.restoreFocus?.();
    this.restoreFocus = null;
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
      void this.dialog.hide();
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
    return html`<sl-dialog label="Edit details" @sl-after-hide=${this.afterHide}>
      <form class="dialog-form" @submit=${this.save} @input=${() => (this.error = '')} novalidate>
        <label>Title <input name="title" required maxlength="500" autofocus .defaultValue=${a.title} /></label>
        <label>Outlet <input name="outlet" maxlength="200" .defaultValue=${a.outlet ?? ''} /></label>
        <label>Date <input name="published" type="date" .defaultValue=${a.published ?? ''} /></label>
        <label>URL <input name="url" type="url" maxlength="2000" placeholder="https://" .defaultValue=${a.url ?? ''} /></label>
        <label>Tags <input name="tags" placeholder="comma, separated" .defaultValue=${a.tags.join(', ')} /></label>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
        <div class="dialog-buttons">
          <button type="button" @click=${() => this.dialog.hide()}>Cancel</button>
          <button type="submit" class="primary" ?disabled=${this.saving}>${this.saving ? 'Saving…' : 'Save'}</button>
        </div>
      </form>
    </sl-dialog>`;
  }

  static styles = [
    dialogStyles,
    css`
      sl-dialog { --width: min(32rem, calc(100vw - 3rem)); }
      .error { color: var(--q-danger); margin: 0.25rem 0; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-article-meta': QuireArticleMeta;
  }
}
