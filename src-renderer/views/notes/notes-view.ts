// #/notes: the notebook's notes, most recently edited first, filterable by tag; "New note" opens a fresh page.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { ApiClient } from '../../api/client';
import { apiContext } from '../../app/context';
import { href } from '../../app/router';
import { formatDate } from '../format';
import { forgetLinkTargets } from './link-targets';

@customElement('quire-notes')
export class QuireNotes extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @state() private tag = '';

  private notes = new Task(this, {
    task: async () => this.api.call('listNotes', {}),
    args: () => [] as const,
  });

  private async create() {
    const note = await this.api.call('createNote', { title: 'Untitled note' });
    forgetLinkTargets();
    location.hash = `${href('note', note.id)}?new=1`;
  }

  render() {
    return html`<section class="wrap">
      <header><h1>Notes</h1><button class="primary" @click=${this.create}>New note</button></header>
      ${this.notes.render({
        pending: () => html`<p class="muted" role="status">Loading notes…</p>`,
        error: (e) => html`<p role="alert">${(e as Error).message}</p>`,
        complete: (notes) => {
          const tags = [...new Set(notes.flatMap((n) => n.tags))].sort();
          const shown = notes.filter((n) => !this.tag || n.tags.includes(this.tag));
          return html`
            ${tags.length ? html`<label class="filter">Tag <select @change=${(e: Event) => (this.tag = (e.target as HTMLSelectElement).value)}>
              <option value="">Any tag</option>${tags.map((t) => html`<option ?selected=${t === this.tag}>${t}</option>`)}</select></label>` : ''}
            ${shown.length === 0 ? html`<p class="muted">No notes yet. Notes are Markdown pages; link figures, articles and other notes with <code>[[name]]</code>.</p>` : ''}
            <ul>${shown.map((n) => html`<li>
              <a href=${href('note', n.id)} dir="auto">${n.title}</a>
              <span class="meta">${formatDate(n.updated.slice(0, 10))}${n.tags.map((t) => ` · #${t}`).join('')}</span>
              <span class="ex" dir="auto">${excerpt(n.body)}</span></li>`)}</ul>`;
        },
      })}
    </section>`;
  }

  static styles = css`
    .wrap { max-width: 46rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
    header { display: flex; justify-content: space-between; align-items: center; }
    h1 { font-family: var(--q-serif); }
    .muted, .meta, .ex { color: var(--q-muted); font-size: 0.85rem; }
    .ex { display: block; }
    ul { list-style: none; padding: 0; display: grid; gap: 0.9rem; }
    li a { font-weight: 600; color: var(--q-text); font-size: 1.05rem; margin-right: 0.5rem; }
    button, select { font: inherit; padding: 0.3rem 0.8rem; border-radius: 6px; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); cursor: pointer; }
    .primary { background: var(--q-accent); color: var(--q-accent-text); border-color: var(--q-accent); }
  `;
}

function excerpt(body: string): string {
  const flat = body.replace(/\[\[([^\]|]+)(?:\|([^\]]*))?\]\]/g, (_m, t: string, l?: string) => l || t).replace(/[#>*_`]/g, '').replace(/\s+/g, ' ').trim();
  return flat.length > 180 ? `${flat.slice(0, 177)}…` : flat;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-notes': QuireNotes;
  }
}
