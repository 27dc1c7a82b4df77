// The Trash (#/trash): deleted articles, highlights and notes, newest first; restore one, or delete for good.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { ApiClient } from '../api/client';
import type { TrashEntry } from '../../src-main/shared/contract/trash';
import { apiContext } from '../app/context';
import { confirmAction } from '../ui/ask-dialog';
import { statusStyles } from './status-styles';

const KIND_LABEL: Record<TrashEntry['kind'], string> = { article: 'Article', highlight: 'Highlight', note: 'Note' };

@customElement('quire-trash')
export class QuireTrash extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @state() private notice = '';
  @state() private busy = false;

  private items = new Task(this, { task: async () => this.api.call('listTrash', {}), args: () => [] });

  render() {
    return html`<section>
      <div class="head">
        <h1>Trash</h1>
        <button type="button" class="danger" ?disabled=${this.busy || !this.items.value?.length} @click=${() => this.emptyAll()}>Empty trash</button>
      </div>
      ${this.notice ? html`<p class="status" role="status">${this.notice}</p>` : ''}
      ${this.items.render({
        pending: () => html`<p class="status" role="status">Loading…</p>`,
        error: (e) => html`<p class="status error" role="alert">${(e as Error).message}</p>`,
        complete: (list) => (list.length ? this.renderList(list) : html`<p class="status">The trash is empty. Deleted articles, highlights and notes wait here until you restore them or empty the trash.</p>`),
      })}
    </section>`;
  }

  private renderList(list: TrashEntry[]) {
    return html`<table>
      <thead><tr><th scope="col">What</th><th scope="col">Title</th><th scope="col">Deleted</th><th scope="col"><span class="sr">Actions</span></th></tr></thead>
      <tbody>
        ${list.map((t) => html`<tr data-id=${t.id} data-kind=${t.kind}>
          <td>${KIND_LABEL[t.kind]}</td>
          <td class="title">${t.title || '(untitled)'}</td>
          <td><time datetime=${t.deletedAt}>${new Date(t.deletedAt).toLocaleString()}</time></td>
          <td class="actions">
            <button type="button" ?disabled=${this.busy} @click=${() => this.restore(t)}>Restore</button>
            <button type="button" class="danger" ?disabled=${this.busy} @click=${() => this.deleteForGood(t)}>Delete for good</button>
          </td>
        </tr>`)}
      </tbody>
    </table>`;
  }

  private async act(run: () => Promise<string>): Promise<void> {
    this.busy = true;
    try {
      this.notice = await run();
    } catch (e) {
      this.notice = (e as Error).message;
    } finally {
      this.busy = false;
      void this.items.run();
    }
  }

  private restore(t: TrashEntry) {
    return this.act(async () => {
      await this.api.call('restoreTrashItem', { id: t.id, kind: t.kind });
      return `Restored ${KIND_LABEL[t.kind].toLowerCase()} “${t.title}”.`;
    });
  }

  private async deleteForGood(t: TrashEntry) {
    const sure = await confirmAction({ title: 'Delete for good?', message: `“${t.title || '(untitled)'}” will be gone for good. This cannot be undone.`, confirm: 'Delete for good', danger: true });
    if (!sure) return;
    return this.act(async () => {
      await this.api.call('emptyTrash', { ids: [t.id] });
      return `Deleted “${t.title}” for good.`;
    });
  }

  private async emptyAll() {
    const sure = await confirmAction({ title: 'Empty the trash?', message: 'Everything in the trash will be deleted for good. This cannot be undone.', confirm: 'Empty trash', danger: true });
    if (!sure) return;
    return this.act(async () => {
      const r = await this.api.call('emptyTrash', {});
      return `Deleted ${r.removed} item${r.removed === 1 ? '' : 's'} for good.`;
    });
  }

  static styles = [
    statusStyles,
    css`
      section { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem; }
      .head { display: flex; align-items: center; justify-content: space-between; gap: 1rem; }
      table { width: 100%; border-collapse: collapse; }
      th, td { text-align: start; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--q-border); }
      .title { overflow-wrap: anywhere; }
      .actions { white-space: nowrap; text-align: end; }
      .danger { color: var(--q-danger); }
      .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-trash': QuireTrash;
  }
}
