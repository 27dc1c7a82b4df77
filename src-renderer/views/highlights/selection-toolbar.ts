// The toolbar over a text selection: highlight in one of five colours (the colour picker: a Shoelace radio group, the
// last colour used checked; click or Enter highlights), add a note, link figures, copy with citation. Arrow keys move
// between the buttons (and between colours inside the picker); Escape closes.

import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type SlRadioButton from '@shoelace-style/shoelace/dist/components/radio-button/radio-button.js';
import { menuStyles } from '../../ui/menu-styles';
import { tip } from '../../ui/tip';
import { colourRadioStyles, colourRadios } from './colour-radios';
import { swatchStyles } from './draw';

export type ToolbarAction =
  | { action: 'highlight'; colour: number }
  | { action: 'note' }
  | { action: 'figures'; figureIds: string[] }
  | { action: 'copy' };

@customElement('quire-selection-toolbar')
export class QuireSelectionToolbar extends LitElement {
  @property({ attribute: false }) colourNames: string[] = [];
  @property({ attribute: false }) figures: { id: string; name: string }[] = [];
  /** Viewport position of the selection's bottom-left corner. */
  @property({ type: Number }) x = 0;
  @property({ type: Number }) y = 0;
  /** The colour checked in the picker (the last one used). */
  @property({ type: Number }) colour = 0;
  @state() private picking = false;
  @state() private filter = '';
  @state() private chosen = new Set<string>();
  /** Moves keyboard focus into the toolbar, on the checked colour (after the keyboard shortcut). */
  async focusFirst(): Promise<void> {
    await this.updateComplete;
    const radio = this.renderRoot.querySelector<SlRadioButton>(`sl-radio-button[value="${this.colour}"]`);
    await radio?.updateComplete;
    radio?.focus();
  }

  private emit(detail: ToolbarAction) {
    this.dispatchEvent(new CustomEvent<ToolbarAction>('toolbar-action', { detail, bubbles: true, composed: true }));
  }

  private close() {
    this.picking = false;
    this.dispatchEvent(new CustomEvent('toolbar-close', { bubbles: true, composed: true }));
  }

  private onKey(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      if (this.picking) this.picking = false;
      else this.close();
      return;
    }
    if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && (e.target as HTMLElement).tagName === 'BUTTON') {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.bar button')];
      const i = buttons.indexOf(e.target as HTMLButtonElement);
      buttons[(i + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
      e.preventDefault();
    }
  }

  private togglePicker() {
    this.picking = !this.picking;
    if (this.picking && this.figures.length === 0) this.dispatchEvent(new CustomEvent('need-figures', { bubbles: true, composed: true }));
  }

  private toggleFigure(id: string) {
    const next = new Set(this.chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.chosen = next;
  }

  render() {
    const shown = this.figures.filter((f) => f.name.toLowerCase().includes(this.filter.toLowerCase())).slice(0, 40);
    const left = Math.max(8, Math.min(this.x, window.innerWidth - 560));
    return html`<div class="pop" role="toolbar" aria-label="Selection" style=${`left:${left}px;top:${this.y + 8}px`} @keydown=${this.onKey}>
      <div class="bar">
        ${colourRadios({ label: 'Highlight as', names: this.colourNames, value: this.colour, showNames: true, onPick: (colour) => this.emit({ action: 'highlight', colour }) })}
        <button @click=${() => this.emit({ action: 'note' })}>Add note</button>
        <button aria-expanded=${this.picking} @click=${this.togglePicker}>Link figures…</button>
        <button @click=${() => this.emit({ action: 'copy' })}>Copy with citation</button>
        ${tip('Close (Escape)', html`<button class="x" aria-label="Close" @click=${this.close}>×</button>`)}
      </div>
      ${this.picking
        ? html`<div class="pick" role="group" aria-label="Figures to link">
            <input type="search" placeholder="Filter figures" aria-label="Filter figures" .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
            ${this.figures.length === 0 ? html`<p role="status">Finding the figures…</p>` : ''}
            <ul>${shown.map((f) => html`<li><label><input type="checkbox" .checked=${this.chosen.has(f.id)} @change=${() => this.toggleFigure(f.id)} /> ${f.name}</label></li>`)}</ul>
            <button class="primary" ?disabled=${this.chosen.size === 0} @click=${() => this.emit({ action: 'figures', figureIds: [...this.chosen] })}>Highlight and link ${this.chosen.size || ''}</button>
          </div>`
        : ''}
    </div>`;
  }

  static styles = [
    swatchStyles,
    colourRadioStyles,
    menuStyles,
    css`
      .pop { position: fixed; z-index: 20; background: var(--q-panel); border: 1px solid var(--q-border); border-radius: 8px; box-shadow: 0 6px 20px rgb(0 0 0 / 0.18); padding: 0.3rem; font-family: var(--q-sans); font-size: 0.85rem; max-width: 34rem; }
      .bar { display: flex; flex-wrap: wrap; gap: 0.2rem; }
      button { font: inherit; border: 1px solid transparent; background: none; color: var(--q-text); border-radius: 6px; padding: 0.25rem 0.45rem; cursor: pointer; display: inline-flex; gap: 0.3rem; align-items: center; }
      button:hover { background: var(--q-hover); }
      button:focus-visible { outline: 2px solid var(--q-focus); outline-offset: 1px; }
      .bar { align-items: center; }
      sl-radio-group { margin-right: 0.3rem; }
      .x { color: var(--q-muted); }
      .pick { border-top: 1px solid var(--q-border); margin-top: 0.3rem; padding-top: 0.3rem; }
      .pick input[type='search'] { width: 100%; box-sizing: border-box; font: inherit; padding: 0.25rem 0.4rem; border: 1px solid var(--q-border); border-radius: 6px; background: var(--q-bg); color: var(--q-text); }
      .pick ul { list-style: none; margin: 0.3rem 0; padding: 0; max-height: 12rem; overflow: auto; }
      .pick li label { display: flex; gap: 0.4rem; padding: 0.15rem 0.2rem; cursor: pointer; }
      .primary { background: var(--q-accent); color: var(--q-accent-text); }
      .primary:disabled { opacity: 0.5; cursor: default; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-selection-toolbar': QuireSelectionToolbar;
  }
}
