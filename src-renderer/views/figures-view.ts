// The figures list: every person the notebook names, with articles and mentions; sortable and filterable.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { ApiClient } from '../api/client';
import type { FigureSummary } from '../../src-main/shared/contract/figures';
import { apiContext } from '../app/context';
import { href } from '../app/router';
import { statusStyles } from './status-styles';

type SortKey = 'name' | 'articles' | 'mentions';

@customElement('quire-figures')
export class QuireFigures extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @state() private filter = '';
  @state() private sort: SortKey = 'articles';

  private figures = new Task(this, { task: async () => this.api.call('listFigures', {}), args: () => [] });

  render() {
    return html`<section>
      <div class="head">
        <h1>Figures</h1>
        <input type="search" placeholder="Filter by name, alias or role" aria-label="Filter figures"
          .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
      </div>
      ${this.figures.render({
        pending: () => html`<p class="status" role="status">Finding the people in the articles…</p>`,
        error: (e) => html`<p class="status error" role="alert">${(e as Error).message}</p>`,
        complete: (list) => (list.length ? this.renderTable(list) : html`<p class="status">No people found yet. Import articles to begin.</p>`),
      })}
    </section>`;
  }

  private renderTable(all: FigureSummary[]) {
    const q = this.filter.trim().toLowerCase();
    const list = all
      .filter((f) => !q || [f.name, ...f.aliases, ...f.roles.map((r) => r.text)].some((s) => s.toLowerCase().includes(q)))
      .sort((a, b) => this.sort === 'name' ? a.name.localeCompare(b.name)
        : this.sort === 'mentions' ? b.mentions - a.mentions
        : b.articles.length - a.articles.length || b.mentions - a.mentions);
    const th = (key: SortKey, label: string, num = false) => html`<th scope="col" class=${num ? 'num' : ''}
      aria-sort=${this.sort === key ? (key === 'name' ? 'ascending' : 'descending') : 'none'}>
      <button @click=${() => (this.sort = key)}>${label}</button></th>`;
    return html`<table>
      <thead><tr>${th('name', 'Name')}<th scope="col">Roles</th>${th('articles', 'Articles', true)}${th('mentions', 'Mentions', true)}</tr></thead>
      <tbody>
        ${list.map((f) => html`<tr data-id=${f.id}>
          <td><a href=${href('figure', f.id)}>${f.name}</a>
            ${f.confidence === 'low' ? html`<span class="low" title="Only a surname: not named in full in its article">surname only</span>` : ''}
            ${f.aliases.length ? html`<div class="aka">also ${f.aliases.join(' · ')}</div>` : ''}</td>
          <td class="roles">${f.roles.slice(0, 2).map((r) => r.text).join('; ')}</td>
          <td class="num">${f.articles.length}</td>
          <td class="num">${f.mentions}</td>
        </tr>`)}
      </tbody>
    </table>
    <p class="count">${list.length} of ${all.length} figures</p>`;
  }

  static styles = [
    statusStyles,
    css`
      section { max-width: 72rem; margin: 0 auto; padding: 1.5rem 2rem; }
      .head { display: flex; align-items: baseline; gap: 1.5rem; }
      h1 { font-family: var(--q-serif); font-weight: 600; margin: 0 0 1rem; }
      input { flex: 1; max-width: 24rem; padding: 0.45rem 0.7rem; border: 1px solid var(--q-border); border-radius: 6px; background: var(--q-panel); color: var(--q-text); font: inherit; }
      table { width: 100%; border-collapse: collapse; background: var(--q-panel); border: 1px solid var(--q-border); }
      th, td { text-align: left; padding: 0.55rem 0.8rem; border-bottom: 1px solid var(--q-border); vertical-align: top; }
      th button { all: unset; cursor: pointer; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--q-muted); font-weight: 600; }
      th button:focus-visible { outline: 2px solid var(--q-focus); }
      th[aria-sort='ascending'] button, th[aria-sort='descending'] button { color: var(--q-text); }
      td a { color: var(--q-text); font-weight: 600; text-decoration: none; }
      td a:hover { text-decoration: underline; }
      .aka { color: var(--q-muted); font-size: 0.85rem; margin-top: 0.15rem; }
      .roles { color: var(--q-muted); font-size: 0.9rem; max-width: 28rem; }
      .num { text-align: right; font-variant-numeric: tabular-nums; }
      .low { margin-left: 0.4rem; font-size: 0.72rem; padding: 0 0.4rem; border-radius: 999px; border: 1px solid var(--q-border); color: var(--q-muted); }
      .count { color: var(--q-muted); font-size: 0.85rem; }
    `,
  ];
}
