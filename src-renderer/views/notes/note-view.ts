// #/note/<id>: a note's page: title, tags, a Markdown editor with [[link]] autocomplete, a live safe preview, the
// things it links to, its backlinks; saved as you type (debounced), deleted with Undo.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ApiClient } from '../../api/client';
import type { Note } from '../../../src-main/shared/model';
import { apiContext } from '../../app/context';
import { href } from '../../app/router';
import { showUndoToast } from '../highlights/toast';
import { forgetLinkTargets, loadLinkTargets, type LinkIndex } from './link-targets';
import { renderMarkdown } from './markdown';
import { NOTE_DEBOUNCE_MS } from './note-editor';
import './note-editor';
import './backlinks';

@customElement('quire-note')
export class QuireNote extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @property() noteId = '';
  @state() private body = '';
  @state() private saved = '';
  @state() private links: LinkIndex | null = null;
  private titleTimer: ReturnType<typeof setTimeout> | undefined;

  private note = new Task(this, {
    task: async ([id]) => {
      const detail = await this.api.call('getNote', { id });
      this.body = detail.note.body;
      loadLinkTargets(this.api).then((l) => (this.links = l)).catch(() => undefined);
      return detail.note;
    },
    args: () => [this.noteId] as const,
  });

  private async save(patch: Partial<Pick<Note, 'title' | 'body' | 'tags'>>) {
    try {
      await this.api.call('updateNote', { id: this.noteId, patch });
      this.saved = 'Saved';
      if (patch.title !== undefined) {
        forgetLinkTargets();
        this.links = await loadLinkTargets(this.api);
      }
    } catch (e) {
      this.saved = `Not saved: ${(e as Error).message}`;
    }
  }

  private onTitle(e: Event) {
    const title = (e.target as HTMLInputElement).value.trim();
    clearTimeout(this.titleTimer);
    if (title) this.titleTimer = setTimeout(() => void this.save({ title }), NOTE_DEBOUNCE_MS);
  }

  private async deleteNote() {
    const id = this.noteId;
    await this.api.call('deleteNote', { id });
    forgetLinkTargets();
    location.hash = href('notes');
    showUndoToast('Note deleted.', async () => {
      await this.api.call('restoreTrashItem', { kind: 'note', id });
      forgetLinkTargets();
      location.hash = href('note', id);
    });
  }

  render() {
    return this.note.render({
      pending: () => html`<p class="wrap muted" role="status">Opening the note…</p>`,
      error: (e) => html`<div class="wrap"><p role="alert">${(e as Error).message}</p><a href="#/notes">All notes</a></div>`,
      complete: (n) => html`<div class="wrap">
        <p class="back"><a href="#/notes">← Notes</a></p>
        <label class="title">Title <input dir="auto" .value=${n.title} @input=${this.onTitle} ?autofocus=${location.hash.includes('new=1')} /></label>
        <label class="tags">Tags <input .value=${n.tags.join(', ')} placeholder="comma, separated"
          @change=${(e: Event) => void this.save({ tags: (e.target as HTMLInputElement).value.split(',').map((t) => t.trim().replace(/^#/, '')).filter(Boolean) })} /></label>
        <div class="cols">
          <quire-note-editor .value=${n.body} label="Note body" .targets=${this.links?.targets ?? null}
            @note-input=${(e: CustomEvent<{ value: string }>) => (this.body = e.detail.value)}
            @note-change=${(e: CustomEvent<{ value: string }>) => ((this.body = e.detail.value), void this.save({ body: e.detail.value }))}></quire-note-editor>
          <div class="preview" aria-label="Preview" role="region">${unsafeHTML(renderMarkdown(this.body, this.links))}</div>
        </div>
        <p class="status" role="status">${this.saved}</p>
        <quire-backlinks kind="note" item-id=${n.id}></quire-backlinks>
        <p><button class="danger" @click=${this.deleteNote}>Delete note</button></p>
      </div>`,
    });
  }

  static styles = css`
    .wrap { max-width: 64rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
    .back a { color: var(--q-muted); text-decoration: none; font-size: 0.9rem; }
    .muted, .status { color: var(--q-muted); font-size: 0.85rem; }
    label { display: flex; gap: 0.6rem; align-items: center; color: var(--q-muted); font-size: 0.85rem; margin: 0.4rem 0; }
    label input { flex: 1; font: inherit; color: var(--q-text); background: var(--q-panel); border: 1px solid var(--q-border); border-radius: 6px; padding: 0.3rem 0.5rem; }
    .title input { font-family: var(--q-serif); font-size: 1.6rem; font-weight: 700; }
    .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin-top: 0.8rem; }
    .preview { border: 1px solid var(--q-border); border-radius: 6px; padding: 0 1rem; background: var(--q-bg); font-family: var(--q-serif); line-height: 1.55; min-height: 4.5rem; overflow-wrap: anywhere; }
    .preview a.wiki { color: var(--q-accent); }
    .preview .wiki.missing { border-bottom: 1px dashed var(--q-muted); color: var(--q-muted); }
    button { font: inherit; padding: 0.3rem 0.8rem; border-radius: 6px; border: 1px solid var(--q-border); background: var(--q-panel); cursor: pointer; }
    .danger { color: var(--q-danger); }
    @media (max-width: 800px) { .cols { grid-template-columns: 1fr; } }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-note': QuireNote;
  }
}
