// Side by side: two to four articles in resizable panes (nested Shoelace split panels), each a full reader; optional
// linked scrolling; the layout (widths, linking) is remembered. Articles can be swapped or added from a list or dropped
// from the library.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import '@shoelace-style/shoelace/dist/components/split-panel/split-panel.js';
import '@shoelace-style/shoelace/dist/components/tooltip/tooltip.js';
import type SlSplitPanel from '@shoelace-style/shoelace/dist/components/split-panel/split-panel.js';
import type { ApiClient } from '../../api/client';
import { apiContext } from '../../app/context';
import { href } from '../../app/router';
import '../reader-view';
import { menuStyles } from '../../ui/menu-styles';
import { loadLayout, moveSplit, saveLayout, splitPositions, widthsFor, type PaneLayout } from './pane-layout';

import { ARTICLE_DRAG_TYPE, MAX_SIDE_BY_SIDE as MAX_PANES } from './side-picker';

@customElement('quire-side-by-side')
export class QuireSideBySide extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @property({ type: Array }) ids: string[] = [];
  @state() private layout: PaneLayout = loadLayout();
  @state() private dropTarget: number | null = null;
  private syncing = false;

  private titles = new Task(this, {
    task: async () => this.api.call('listArticles', {}),
    args: () => [],
  });

  private get widths(): number[] {
    return widthsFor(this.layout, this.ids.length);
  }

  render() {
    const list = this.titles.value ?? [];
    return html`<div class="page">
      <header class="bar">
        <h1>Side by side</h1>
        <label><input type="checkbox" .checked=${this.layout.linked} @change=${this.toggleLinked} /> Linked scrolling</label>
        ${this.ids.length < MAX_PANES ? html`<label>Add <select aria-label="Add an article" @change=${this.onAdd}>
          <option value="">an article…</option>
          ${list.filter((a) => !this.ids.includes(a.id)).map((a) => html`<option value=${a.id}>${a.title}</option>`)}
        </select></label>` : nothing}
        <span class="spacer"></span>
        ${this.ids.length === 2 ? html`<a class="button" href=${href('compare', this.ids[0], this.ids[1])}>Compare these two</a>` : nothing}
      </header>
      <div class="panes">${this.ids.length > 1 ? this.renderSplit(0, splitPositions(this.widths)) : this.renderPane(0)}</div>
    </div>`;
  }

  /** Split k: pane k on the start side, the rest (another split, or the last pane) on the end side. */
  private renderSplit(k: number, positions: number[], slot?: string): unknown {
    const last = k === this.ids.length - 2;
    return html`<sl-split-panel slot=${slot ?? nothing} data-split=${k} .position=${live(positions[k])}
        @sl-reposition=${(e: Event) => this.onReposition(e, k)}>
      ${this.renderPane(k, 'start')}
      ${last ? this.renderPane(k + 1, 'end') : this.renderSplit(k + 1, positions, 'end')}
    </sl-split-panel>`;
  }

  private renderPane(i: number, slot?: string) {
    const list = this.titles.value ?? [];
    const id = this.ids[i];
    return html`<section slot=${slot ?? nothing} class=${`pane${this.dropTarget === i ? ' drop' : ''}`} aria-label=${`Pane ${i + 1}`} data-pane=${i}
        @dragover=${(e: DragEvent) => this.onDragOver(e, i)} @dragleave=${() => (this.dropTarget = null)} @drop=${(e: DragEvent) => this.onDrop(e, i)}>
      <div class="pane-bar">
        <select aria-label=${`Article in pane ${i + 1}`} @change=${(e: Event) => this.replace(i, (e.target as HTMLSelectElement).value)}>
          ${list.length ? list.map((a) => html`<option value=${a.id} ?selected=${a.id === id}>${a.title}</option>`) : html`<option>${id}</option>`}
        </select>
        <sl-tooltip content="Close this pane" placement="bottom-end"><button class="close" aria-label=${`Close pane ${i + 1}`} @click=${() => this.closePane(i)}>×</button></sl-tooltip>
      </div>
      <div class="scroll" @scroll=${(e: Event) => this.onScroll(e, i)}><quire-reader compact .articleId=${id}></quire-reader></div>
    </section>`;
  }

  /** Names each divider after the panes it sits between (Shoelace labels them all "Resize"). */
  protected updated(): void {
    for (const split of this.renderRoot.querySelectorAll<SlSplitPanel>('sl-split-panel')) {
      const k = Number(split.dataset.split);
      void split.updateComplete.then(() => split.shadowRoot?.querySelector('[part="divider"]')?.setAttribute('aria-label', `Resize panes ${k + 1} and ${k + 2}`));
    }
  }

  private go(ids: string[]) {
    location.hash = ids.length >= 2 ? href('side', ...ids) : href('article', ids[0]);
  }

  private replace(i: number, id: string) {
    if (!id || this.ids[i] === id) return;
    const ids = [...this.ids];
    const existing = ids.indexOf(id);
    if (existing >= 0) [ids[existing], ids[i]] = [ids[i], id];
    else ids[i] = id;
    this.go(ids);
  }

  private closePane(i: number) {
    this.go(this.ids.filter((_, k) => k !== i));
  }

  private onAdd = (e: Event) => {
    const id = (e.target as HTMLSelectElement).value;
    if (id && !this.ids.includes(id) && this.ids.length < MAX_PANES) this.go([...this.ids, id]);
  };

  private onDragOver(e: DragEvent, i: number) {
    if (!e.dataTransfer?.types.includes(ARTICLE_DRAG_TYPE)) return;
    e.preventDefault();
    this.dropTarget = i;
  }

  private onDrop(e: DragEvent, i: number) {
    const id = e.dataTransfer?.getData(ARTICLE_DRAG_TYPE);
    this.dropTarget = null;
    if (!id) return;
    e.preventDefault();
    this.replace(i, id);
  }

  private toggleLinked = (e: Event) => {
    this.layout = { ...this.layout, linked: (e.target as HTMLInputElement).checked };
    saveLayout(this.layout);
  };

  private setWidths(widths: number[]) {
    this.layout = { ...this.layout, widths: { ...this.layout.widths, [String(widths.length)]: widths } };
    saveLayout(this.layout);
  }

  /** A divider moved (dragged, or arrow keys on it): remember the widths it leaves, kept above the minimum. */
  private onReposition(e: Event, k: number) {
    if (e.target !== e.currentTarget) return; // a nested split's event bubbling through
    const position = (e.target as SlSplitPanel).position;
    const widths = this.widths;
    if (Math.abs(position - splitPositions(widths)[k]) < 0.01) return;
    this.setWidths(moveSplit(widths, k, position));
  }

  /** Linked scrolling: the other panes follow at the same share of their length. */
  private onScroll(e: Event, i: number) {
    if (!this.layout.linked || this.syncing) return;
    const from = e.target as HTMLElement;
    const share = from.scrollTop / Math.max(1, from.scrollHeight - from.clientHeight);
    this.syncing = true;
    this.renderRoot.querySelectorAll<HTMLElement>('.scroll').forEach((el, k) => {
      if (k !== i) el.scrollTop = share * (el.scrollHeight - el.clientHeight);
    });
    requestAnimationFrame(() => (this.syncing = false));
  }

  static styles = [
    menuStyles,
    css`
      :host { display: block; height: 100%; }
      .page { display: grid; grid-template-rows: auto 1fr; height: 100%; min-height: 0; }
      .bar { display: flex; align-items: center; flex-wrap: wrap; gap: 0.5rem 1.25rem; padding: 0.5rem 1.25rem; border-bottom: 1px solid var(--q-border); background: var(--q-panel); font-size: 0.9rem; }
      h1 { font-family: var(--q-serif); font-size: 1.15rem; margin: 0; }
      .spacer { flex: 1; }
      select { font: inherit; max-width: 22rem; padding: 0.2rem 0.3rem; border-radius: 5px; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); }
      .button { padding: 0.3rem 0.75rem; border-radius: 6px; border: 1px solid var(--q-border); color: var(--q-text); text-decoration: none; }
      .button:hover { background: var(--q-hover); }
      .panes { display: grid; min-height: 0; }
      sl-split-panel { --divider-width: 6px; --divider-hit-area: 14px; min-width: 0; min-height: 0; height: 100%; }
      sl-split-panel::part(divider) { background: var(--q-border); }
      sl-split-panel::part(divider):hover { background: var(--q-muted); }
      sl-split-panel::part(divider):focus-visible { background: var(--q-focus); outline: none; }
      .pane { display: grid; grid-template-rows: auto 1fr; grid-template-columns: minmax(0, 1fr); min-height: 0; min-width: 0; overflow: hidden; }
      .pane.drop { outline: 3px dashed var(--q-accent); outline-offset: -3px; }
      .pane-bar { display: flex; gap: 0.4rem; align-items: center; padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--q-border); background: var(--q-bg); }
      .pane-bar select { flex: 1; min-width: 0; font-size: 0.85rem; }
      .pane-bar .close { all: unset; cursor: pointer; color: var(--q-muted); font-size: 1.2rem; line-height: 1; padding: 0 0.3rem; border-radius: 4px; }
      .pane-bar .close:hover, .pane-bar .close:focus-visible { background: var(--q-hover); color: var(--q-text); }
      .pane-bar .close:focus-visible { outline: 2px solid var(--q-focus); }
      .scroll { overflow: auto; min-height: 0; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-side-by-side': QuireSideBySide;
  }
}
