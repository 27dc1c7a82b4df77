// Side by side: two to four articles in resizable panes, each a full reader; optional linked scrolling; the layout
// (widths, linking) is remembered. Articles can be swapped or added from a list or dropped from the library.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ApiClient } from '../../api/client';
import { apiContext } from '../../app/context';
import { href } from '../../app/router';
import '../reader-view';
import { loadLayout, resize, saveLayout, widthsFor, type PaneLayout } from './pane-layout';

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
    const widths = this.widths;
    const columns = widths.flatMap((w, i) => (i ? ['6px', `minmax(0, ${w}fr)`] : [`minmax(0, ${w}fr)`])).join(' ');
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
      <div class="panes" style=${`grid-template-columns:${columns}`}>
        ${this.ids.map((id, i) => html`${i ? html`<div class="handle" role="separator" aria-orientation="vertical" tabindex="0"
            aria-label=${`Resize panes ${i} and ${i + 1}`} aria-valuenow=${Math.round(widths[i - 1] * 100)}
            @pointerdown=${(e: PointerEvent) => this.startDrag(e, i - 1)} @keydown=${(e: KeyboardEvent) => this.onHandleKey(e, i - 1)}></div>` : nothing}
          <section class=${`pane${this.dropTarget === i ? ' drop' : ''}`} aria-label=${`Pane ${i + 1}`} data-pane=${i}
            @dragover=${(e: DragEvent) => this.onDragOver(e, i)} @dragleave=${() => (this.dropTarget = null)} @drop=${(e: DragEvent) => this.onDrop(e, i)}>
            <div class="pane-bar">
              <select aria-label=${`Article in pane ${i + 1}`} @change=${(e: Event) => this.replace(i, (e.target as HTMLSelectElement).value)}>
                ${list.length ? list.map((a) => html`<option value=${a.id} ?selected=${a.id === id}>${a.title}</option>`) : html`<option>${id}</option>`}
              </select>
              <button aria-label=${`Close pane ${i + 1}`} title="Close this pane" @click=${() => this.closePane(i)}>×</button>
            </div>
            <div class="scroll" @scroll=${(e: Event) => this.onScroll(e, i)}><quire-reader compact .articleId=${id}></quire-reader></div>
          </section>`)}
      </div>
    </div>`;
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

  private startDrag(e: PointerEvent, i: number) {
    const handle = e.currentTarget as HTMLElement;
    const total = (this.renderRoot.querySelector('.panes') as HTMLElement).clientWidth;
    let lastX = e.clientX;
    handle.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => {
      this.setWidths(resize(this.widths, i, (ev.clientX - lastX) / total));
      lastX = ev.clientX;
    };
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  }

  private onHandleKey(e: KeyboardEvent, i: number) {
    const step = e.key === 'ArrowLeft' ? -0.05 : e.key === 'ArrowRight' ? 0.05 : 0;
    if (!step) return;
    e.preventDefault();
    this.setWidths(resize(this.widths, i, step));
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

  static styles = css`
    :host { display: block; height: 100%; }
    .page { display: grid; grid-template-rows: auto 1fr; height: 100%; min-height: 0; }
    .bar { display: flex; align-items: center; flex-wrap: wrap; gap: 0.5rem 1.25rem; padding: 0.5rem 1.25rem; border-bottom: 1px solid var(--q-border); background: var(--q-panel); font-size: 0.9rem; }
    h1 { font-family: var(--q-serif); font-size: 1.15rem; margin: 0; }
    .spacer { flex: 1; }
    select { font: inherit; max-width: 22rem; padding: 0.2rem 0.3rem; border-radius: 5px; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); }
    .button { padding: 0.3rem 0.75rem; border-radius: 6px; border: 1px solid var(--q-border); color: var(--q-text); text-decoration: none; }
    .button:hover { background: var(--q-hover); }
    .panes { display: grid; min-height: 0; }
    .pane { display: grid; grid-template-rows: auto 1fr; min-height: 0; min-width: 0; }
    .pane.drop { outline: 3px dashed var(--q-accent); outline-offset: -3px; }
    .pane-bar { display: flex; gap: 0.4rem; align-items: center; padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--q-border); background: var(--q-bg); }
    .pane-bar select { flex: 1; min-width: 0; font-size: 0.85rem; }
    .pane-bar button { all: unset; cursor: pointer; color: var(--q-muted); font-size: 1.2rem; line-height: 1; padding: 0 0.3rem; border-radius: 4px; }
    .pane-bar button:hover, .pane-bar button:focus-visible { background: var(--q-hover); color: var(--q-text); }
    .scroll { overflow: auto; min-height: 0; }
    .handle { cursor: col-resize; background: var(--q-border); touch-action: none; }
    .handle:hover, .handle:focus-visible { background: var(--q-accent); outline: none; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-side-by-side': QuireSideBySide;
  }
}
