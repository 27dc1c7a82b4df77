// The figures list: every person the notebook names, with articles and mentions; sortable and filterable. Rows are
// virtualised (only those on screen are in the DOM), so tens of thousands of figures scroll smoothly.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { ApiClient } from '../api/client';
import type { FigureSummary } from '../../src-main/shared/contract/figures';
import { apiContext } from '../app/context';
import { href } from '../app/router';
import { ask } from '../ui/ask-dialog';
import { statusStyles } from './status-styles';

type SortKey = 'name' | 'articles' | 'mentions';

@customElement('quire-figures')
export class QuireFigures extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @state() private filter = '';
  @state() private sort: SortKey = 'articles';

  private figures = new Task(this, { task: async () => this.api.call('listFigures', {}), args: () => [] });

  /** A person the extraction missed, added by hand (a curation decision re-applied after every analysis). */
  private addFigure = async () => {
    const got = await ask({
      title: 'Add a figure',
      message: 'A person Quire missed: their mentions are found from the name and the other names.',
      fields: [
        { name: 'name', label: 'Name (as the articles write it)', required: true },
        { name: 'aliases', label: 'Other names (optional)', placeholder: 'comma, separated' },
      ],
      confirm: 'Add figure',
    });
    if (!got) return;
    const name = got.name;
    const aliases = got.aliases.split(',').map((a) => a.trim()).filter(Boolean);
    const { figureId } = await this.api.call('decideFigure', { kind: 'add', name, aliases });
    if (figureId) location.hash = href('figure', figureId);
    else void this.figures.run();
  };

  render() {
    return html`<section>
      <div class="head">
        <h1>Figures</h1>
        <input type="search" placeholder="Filter by name, alias or role" aria-label="Filter figures"
          .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
        <button class="add" @click=${this.addFigure} title="A person Quire missed: their mentions are found from the name and aliases">Add figure…</button>
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
    const th = (key: SortKey, label: string, num = false) => html`<th scope="col" role="columnheader" class=${num ? 'num' : ''}
      aria-sort=${this.sort === key ? (key === 'name' ? 'ascending' : 'descending') : 'none'}>
      <button @click=${() => (this.sort = key)}>${label}</button></th>`;
    // Display grid instead of table layout (the virtualiser positions rows), so the table roles are spelled out.
    return html`<table role="table" aria-rowcount=${list.length + 1}>
      <thead role="rowgroup"><tr role="row" aria-rowindex="1">${th('name', 'Name')}<th scope="col" role="columnheader">Roles</th>${th('articles', 'Articles', true)}${th('mentions', 'Mentions', true)}</tr></thead>
      <tbody role="rowgroup">${virtualize({ items: list, keyFunction: (f: FigureSummary) => f.id, renderItem: (f: FigureSummary, i: number) => this.renderRow(f, i) })}</tbody>
    </table>
    <p class="count">${list.length} of ${all.length} figures</p>`;
  }

  private renderRow(f: FigureSummary, i: number) {
    return html`<tr role="row" aria-rowindex=${i + 2} data-id=${f.id}>
      <td role="cell"><a href=${href('figure', f.id)}>${f.name}</a>
        ${f.confidence === 'low' ? html`<span class="low" title="Only a surname: not named in full in its article">surname only</span>` : ''}
        ${f.aliases.length ? html`<div class="aka">also ${f.aliases.join(' · ')}</div>` : ''}</td>
      <td role="cell" class="roles">${distinctRoles(f.roles).slice(0, 2).join('; ')}</td>
      <td role="cell" class="num">${f.articles.length}</td>
      <td role="cell" class="num">${f.mentions}</td>
    </tr>`;
  }

  static styles = [
    statusStyles,
    css`
      section { max-width: 72rem; margin: 0 auto; padding: 1.5rem 2rem; }
      .head { display: flex; align-items: baseline; gap: 1.5rem; }
      h1 { font-family: var(--q-serif); font-weight: 600; margin: 0 0 1rem; }
      .add { font: inherit; font-size: 0.9rem; padding: 0.4rem 0.8rem; border-radius: 6px; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); cursor: pointer; }
      input { flex: 1; max-width: 24rem; padding: 0.45rem 0.7rem; border: 1px solid var(--q-border); border-radius: 6px; background: var(--q-panel); color: var(--q-text); font: inherit; }
      table { display: block; width: 100%; background: var(--q-panel); border: 1px solid var(--q-border); }
      thead, tbody { display: block; }
      tr { display: grid; grid-template-columns: minmax(0, 1.2fr) minmax(0, 1.5fr) 7.5rem 7.5rem; width: 100%; border-bottom: 1px solid var(--q-border); }
      tbody tr:hover { background: var(--q-hover); }
      th, td { display: block; text-align: left; padding: 0.55rem 0.8rem; overflow-wrap: anywhere; }
      th { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--q-muted); font-weight: 600; }
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

/** A figure's role texts, each once (near-copies of one wire story give the same role twice), in order of place. */
function distinctRoles(roles: { text: string }[]): string[] {
  const seen = new Set<string>();
  return roles.map((r) => r.text).filter((t) => {
    const k = t.toLowerCase();
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
