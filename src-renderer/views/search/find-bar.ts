// Find in article (Ctrl/Cmd+F while the reader is open): a small bar with a count and next/previous; matches are
// drawn with CSS.highlights over the reader's paragraphs, the DOM untouched. Escape closes.

import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Span } from '../../../src-main/shared/model';
import { setHighlight } from '../highlight-api';
import { tip } from '../../ui/tip';
import { menuStyles } from '../../ui/menu-styles';
import { paragraphElements, rangeFor } from '../text-ranges';
import { findAll } from './find-text';
import { isModKey } from './shortcuts';

/** Styles the host's shadow root must carry, since ::highlight() applies where the text lives. */
export const findHighlightStyles = css`
  ::highlight(quire-find) { background-color: var(--q-mark-3); }
  ::highlight(quire-find-current) { background-color: var(--q-accent); color: var(--q-accent-text); }
`;

@customElement('quire-find-bar')
export class QuireFindBar extends LitElement {
  /** The root holding the reader's paragraphs (`[data-start]` elements). */
  @property({ attribute: false }) root: ParentNode | null = null;
  /** A reader in a side-by-side pane leaves Ctrl+F to the browser. */
  @property({ type: Boolean }) disabled = false;
  @state() private open = false;
  @state() private text = '';
  @state() private found: Span[] = [];
  @state() private current = 0;
  @query('input') private input?: HTMLInputElement;

  private onKey = (e: KeyboardEvent) => {
    if (this.disabled || !isModKey(e, 'f')) return;
    e.preventDefault();
    void this.show();
  };

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
  }

  disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onKey);
    this.clear();
    super.disconnectedCallback();
  }

  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
    this.input?.focus();
    this.input?.select();
    if (this.text) this.find();
  }

  close(): void {
    this.open = false;
    this.clear();
  }

  private clear() {
    setHighlight('quire-find', [], this);
    setHighlight('quire-find-current', [], this);
  }

  /** Searches paragraph by paragraph (a match never spans two) and draws every match. */
  private find() {
    const found: Span[] = [];
    if (this.root) {
      for (const p of paragraphElements(this.root)) {
        const start = Number(p.dataset.start);
        for (const [s, e] of findAll(p.textContent ?? '', this.text)) found.push([start + s, start + e]);
      }
    }
    this.found = found;
    this.current = 0;
    this.draw(true);
  }

  private draw(scroll: boolean) {
    if (!this.root) return;
    const ranges = this.found.map(([s, e]) => rangeFor(this.root!, s, e));
    setHighlight('quire-find', ranges.filter((r): r is Range => !!r), this);
    const cur = ranges[this.current];
    setHighlight('quire-find-current', cur ? [cur] : [], this);
    if (scroll && cur) cur.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }

  private step(by: number) {
    const n = this.found.length;
    if (!n) return;
    this.current = (this.current + by + n) % n;
    this.draw(true);
  }

  private onInputKey(e: KeyboardEvent) {
    if (e.key === 'Enter') { e.preventDefault(); this.step(e.shiftKey ? -1 : 1); }
    else if (e.key === 'Escape') { e.preventDefault(); this.close(); }
  }

  render() {
    if (!this.open) return html``;
    const n = this.found.length;
    const count = !this.text.trim() ? '' : n === 0 ? 'No matches' : `${this.current + 1} of ${n}`;
    return html`<div class="bar" role="search" aria-label="Find in article">
      <input aria-label="Find in article" placeholder="Find in article" .value=${this.text}
        @input=${(e: InputEvent) => { this.text = (e.target as HTMLInputElement).value; this.find(); }} @keydown=${this.onInputKey} />
      <output class="count" aria-live="polite">${count}</output>
      ${tip('Previous match (Shift+Enter)', html`<button aria-label="Previous match" ?disabled=${!n} @click=${() => this.step(-1)}>↑</button>`, 'bottom')}
      ${tip('Next match (Enter)', html`<button aria-label="Next match" ?disabled=${!n} @click=${() => this.step(1)}>↓</button>`, 'bottom')}
      ${tip('Close (Escape)', html`<button aria-label="Close find" @click=${() => this.close()}>×</button>`, 'bottom')}
    </div>`;
  }

  static styles = [
    menuStyles,
    css`
      .bar { position: fixed; top: 3.6rem; right: 1.5rem; z-index: 20; display: flex; gap: 0.3rem; align-items: center; background: var(--q-panel); border: 1px solid var(--q-border); border-radius: 8px; padding: 0.3rem 0.4rem; box-shadow: 0 4px 14px rgb(0 0 0 / 0.15); font-family: var(--q-sans); font-size: 0.9rem; }
      input { font: inherit; width: 13rem; padding: 0.25rem 0.5rem; border: 1px solid var(--q-border); border-radius: 5px; background: var(--q-bg); color: var(--q-text); }
      .count { min-width: 5.5rem; color: var(--q-muted); text-align: center; }
      button { font: inherit; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); border-radius: 5px; padding: 0.1rem 0.5rem; cursor: pointer; }
      button:disabled { opacity: 0.5; cursor: default; }
      button:focus-visible { outline: 2px solid var(--q-focus); outline-offset: 2px; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-find-bar': QuireFindBar;
  }
}
