// The library: every article with its title, outlet, date and length; copies of one story are flagged.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { ApiClient } from '../api/client';
import { apiContext } from '../app/context';
import { href } from '../app/router';
import type { ArticleSummary } from '../../src-main/shared/model';
import { formatDate, formatWords } from './format';
import { statusStyles } from './status-styles';

@customElement('quire-library')
export class QuireLibrary extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  private articles = new Task(this, {
    task: async () => this.api.call('listArticles', {}),
    args: () => [],
  });

  render() {
    return html`<section>
      <h1>Library</h1>
      ${this.articles.render({
        pending: () => html`<p class="status" role="status">Loading the library…</p>`,
        error: (e) => html`<p class="status error" role="alert">Could not load the library: ${(e as Error).message}</p>`,
        complete: (list) => (list.length ? this.renderTable(list) : this.renderEmpty()),
      })}
    </section>`;
  }

  private renderEmpty() {
    return html`<p class="status">The notebook is empty. Import articles (.txt, .md, .html, .pdf, .epub) to begin.</p>`;
  }

  private renderTable(list: ArticleSummary[]) {
    const titles = new Map(list.map((a) => [a.id, a.title]));
    return html`<table>
      <caption class="visually-hidden">${list.length} articles</caption>
      <thead><tr><th scope="col">Title</th><th scope="col">Outlet</th><th scope="col">Date</th><th scope="col" class="num">Length</th></tr></thead>
      <tbody>
        ${list.map(
          (a) => html`<tr data-id=${a.id}>
            <td>
              <a href=${href('article', a.id)}>${a.title}</a>
              ${a.copies.length
                ? html`<span class="copies" title=${`Shares most of its text with: ${a.copies.map((c) => titles.get(c) ?? c).join('; ')}`}
                    >copy of ${a.copies.length} other${a.copies.length > 1 ? 's' : ''}</span>`
                : ''}
            </td>
            <td>${a.outlet ?? html`<span class="muted">unknown</span>`}</td>
            <td>${formatDate(a.published)}</td>
            <td class="num">${formatWords(a.words)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  static styles = [
    statusStyles,
    css`
      section { max-width: 72rem; margin: 0 auto; padding: 1.5rem 2rem; }
      h1 { font-family: var(--q-serif); font-weight: 600; margin: 0 0 1rem; }
      table { width: 100%; border-collapse: collapse; background: var(--q-panel); border: 1px solid var(--q-border); border-radius: 8px; }
      th, td { text-align: left; padding: 0.6rem 0.8rem; border-bottom: 1px solid var(--q-border); vertical-align: top; }
      th { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--q-muted); font-weight: 600; }
      tr:last-child td { border-bottom: none; }
      tbody tr:hover { background: var(--q-hover); }
      td a { color: var(--q-text); font-weight: 600; text-decoration: none; }
      td a:hover { text-decoration: underline; }
      .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
      .muted { color: var(--q-muted); }
      .copies { display: inline-block; margin-left: 0.5rem; font-size: 0.75rem; padding: 0.05rem 0.45rem; border-radius: 999px; background: var(--q-mark-3); color: var(--q-text); }
      .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    `,
  ];
}
