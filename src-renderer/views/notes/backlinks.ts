// <quire-backlinks kind="figure|article|note" item-id="...">: the notes and highlights that link here.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ApiClient } from '../../api/client';
import { apiContext } from '../../app/context';
import { href } from '../../app/router';

@customElement('quire-backlinks')
export class QuireBacklinks extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @property() kind: 'figure' | 'article' | 'note' = 'figure';
  @property({ attribute: 'item-id' }) itemId = '';

  private links = new Task(this, {
    task: async ([kind, id]) => (id ? this.api.call('backlinks', { kind, id }) : null),
    args: () => [this.kind, this.itemId] as const,
  });

  /** Loads again (after a note or highlight changed elsewhere on the page). */
  refresh(): void {
    void this.links.run();
  }

  render() {
    return this.links.render({
      pending: () => html`<h2>Linked from</h2><p class="muted" role="status">Looking for links…</p>`,
      error: (e) => html`<h2>Linked from</h2><p class="muted" role="alert">${(e as Error).message}</p>`,
      complete: (b) => {
        if (!b) return '';
        const highlights = this.kind === 'article' ? b.highlights.filter((h) => h.articleId !== this.itemId) : b.highlights;
        return html`<h2>Linked from</h2>
          ${b.notes.length + highlights.length === 0 ? html`<p class="muted">No note or highlight links here yet. Write <code>[[${this.kind === 'article' ? 'article title' : 'name'}]]</code> in a note.</p>` : ''}
          <ul>
            ${b.notes.map((n) => html`<li><a href=${href('note', n.id)}>${n.title}</a><span class="ex" dir="auto">${n.excerpt}</span></li>`)}
            ${highlights.map((h) => html`<li class="hl"><a href=${h.start !== null ? `${href('article', h.articleId)}?at=${h.start}-${h.end}` : href('article', h.articleId)}
              dir="auto">“${h.quote.length > 140 ? `${h.quote.slice(0, 137)}…` : h.quote}”</a><span class="ex">${h.articleTitle}${h.paragraph ? `, ¶${h.paragraph}` : ''}</span></li>`)}
          </ul>`;
      },
    });
  }

  static styles = css`
    :host { display: block; font-size: 0.88rem; }
    h2 { font-size: 1rem; margin: 1.5rem 0 0.4rem; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.45rem; }
    a { color: var(--q-accent); }
    li.hl a { font-family: var(--q-serif); color: var(--q-text); }
    .ex { display: block; color: var(--q-muted); font-size: 0.82rem; }
    .muted { color: var(--q-muted); }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-backlinks': QuireBacklinks;
  }
}
