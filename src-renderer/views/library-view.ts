// The library: every article with its title, outlet, date and length; copies of one story are flagged and link to
// their comparison; ticked or dragged articles open side by side.
// Rows are virtualised (only those on screen are in the DOM): a 10,000-article library opens and scrolls quickly.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { customElement, state } from 'lit/decorators.js';
import type { ApiClient } from '../api/client';
import { apiContext } from '../app/context';
import { href } from '../app/router';
import type { ArticleSummary } from '../../src-main/shared/model';
import { formatDate, formatWords } from './format';
import { statusStyles } from './status-styles';
import './import/import-button';
import { ARTICLE_DRAG_TYPE, pickerStyles, renderPicker } from './compare/side-picker';

@customElement('quire-library')
export class QuireLibrary extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  /** Articles ticked (or dropped on the tray) to read side by side, in the order chosen. */
  @state() private picked: string[] = [];

  private articles = new Task(this, {
    task: async () => this.api.call('listArticles', {}),
    args: () => [],
  });

  /** An import or an edit elsewhere changed the articles: list them again. */
  private onArticlesChanged = () => void this.articles.run();

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('quire-articles-changed', this.onArticlesChanged);
  }

  disconnectedCallback(): void {
    window.removeEventListener('quire-articles-changed', this.onArticlesChanged);
    super.disconnectedCallback();
  }

  render() {
    return html`<section>
      <div class="head"><h1>Library</h1><quire-import-button></quire-import-button></div>
      ${this.articles.render({
        pending: () => html`<p class="status" role="status">Loading the library…</p>`,
        error: (e) => html`<p class="status error" role="alert">Could not load the library: ${(e as Error).message}</p>`,
        complete: (list) => (list.length ? this.renderTable(list) : this.renderEmpty()),
      })}
    </section>`;
  }

  private renderEmpty() {
    return html`<p class="status">The notebook is empty. Import articles (.txt, .md, .html, .pdf, .epub) to begin: press Import… above or drop files or folders on the window.</p>`;
  }

  private renderTable(list: ArticleSummary[]) {
    const titles = new Map(list.map((a) => [a.id, a.title]));
    return html`${renderPicker(this.picked, titles, (ids) => (this.picked = ids))}<table role="table" aria-rowcount=${list.length + 1}>
      <caption class="visually-hidden">${list.length} articles</caption>
      <thead role="rowgroup"><tr role="row" aria-rowindex="1"><th scope="col" role="columnheader" class="pick"><span class="visually-hidden">Read side by side</span></th><th scope="col" role="columnheader" class="title">Title</th><th scope="col" role="columnheader">Outlet</th><th scope="col" role="columnheader">Date</th><th scope="col" role="columnheader" class="num">Length</th></tr></thead>
      <tbody role="rowgroup">${virtualize({
        items: list,
        keyFunction: (a: ArticleSummary) => a.id,
        renderItem: (a: ArticleSummary, i: number) => html`<tr role="row" aria-rowindex=${i + 2} data-id=${a.id} draggable="true" @dragstart=${(e: DragEvent) => e.dataTransfer?.setData(ARTICLE_DRAG_TYPE, a.id)}>
            <td role="cell" class="pick"><input type="checkbox" aria-label=${`Read side by side: ${a.title}`} .checked=${this.picked.includes(a.id)}
              @change=${(e: Event) => this.toggle(a.id, (e.target as HTMLInputElement).checked)} /></td>
            <td role="cell" class="title">
              <a href=${href('article', a.id)}>${a.title}</a>
              ${a.copies.length
                ? html`<a class="copies" href=${href('compare', a.id, a.copies[0])} title=${`Shares most of its text with: ${a.copies.map((c) => titles.get(c) ?? c).join('; ')}. Compare them.`}
                    >copy of ${a.copies.length} other${a.copies.length > 1 ? 's' : ''}</a>`
                : ''}
            </td>
            <td role="cell">${a.outlet ?? html`<span class="muted">unknown</span>`}</td>
            <td role="cell">${formatDate(a.published)}</td>
            <td role="cell" class="num">${formatWords(a.words)}</td>
          </tr>`,
      })}</tbody>
    </table>`;
  }

  private toggle(id: string, on: boolean) {
    this.picked = on ? [...this.picked.filter((x) => x !== id), id] : this.picked.filter((x) => x !== id);
  }

  static styles = [
    statusStyles,
    pickerStyles,
    css`
      section { max-width: 72rem; margin: 0 auto; padding: 1.5rem 2rem; }
      h1 { font-family: var(--q-serif); font-weight: 600; margin: 0 0 1rem; }
      .head { display: flex; align-items: baseline; justify-content: space-between; gap: 1rem; }
      /* Flex rows instead of table layout (the virtualiser positions each row), so the table roles are spelled out. */
      table { display: block; width: 100%; background: var(--q-panel); border: 1px solid var(--q-border); border-radius: 8px; }
      thead, tbody { display: block; }
      tr { display: flex; width: 100%; border-bottom: 1px solid var(--q-border); }
      th, td { display: block; flex: 0 0 10rem; box-sizing: border-box; text-align: left; padding: 0.6rem 0.8rem; overflow-wrap: anywhere; }
      th.title, td.title { flex: 1 1 0; min-width: 0; }
      th.num, td.num { flex-basis: 6.5rem; }
      th.pick, td.pick { flex-basis: 2.5rem; }
      th { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--q-muted); font-weight: 600; }
      tbody tr:hover { background: var(--q-hover); }
      td a { color: var(--q-text); font-weight: 600; text-decoration: none; }
      td a:hover { text-decoration: underline; }
      .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
      .muted { color: var(--q-muted); }
      .pick { width: 1.5rem; padding-right: 0; }
      tr[draggable] { cursor: grab; }
      td a.copies { font-weight: 400; }
      td a.copies:hover { text-decoration: underline; }
      .copies { display: inline-block; margin-left: 0.5rem; font-size: 0.75rem; padding: 0.05rem 0.45rem; border-radius: 999px; background: var(--q-mark-3); color: var(--q-text); }
      .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    `,
  ];
}
