// The top bar's search box: typing shows results at #/search?q= as you go (debounced; one history entry per search;
// the filters chosen on the results page are kept while the query is refined).

import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { SearchFiltersInput } from '../../../src-main/shared/contract/search';
import { filtersFromParams, searchHash } from './search-url';

const DEBOUNCE_MS = 150;

/**
 * Goes to the search route for `q` (and `filters`; by default those of the search on screen): a new history entry when
 * arriving, the same entry while refining the query or its filters.
 */
export function goToSearch(q: string, filters?: SearchFiltersInput): void {
  const onSearch = location.hash.startsWith('#/search');
  const current = onSearch ? filtersFromParams(new URLSearchParams(location.hash.split('?')[1] ?? '')) : {};
  const target = searchHash(q, filters ?? current);
  if (location.hash === target) return;
  if (onSearch) {
    history.replaceState(history.state, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = target;
  }
}

@customElement('quire-search-box')
export class QuireSearchBox extends LitElement {
  /** The query of the current route, shown when the box is not being edited. */
  @property() q = '';
  @state() private value = '';
  @query('input') private input!: HTMLInputElement;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private keepFocus = false;

  /** The shell focuses the page on every route change; while typing, take the focus back so no key is lost. */
  private onHash = () => {
    if (!this.keepFocus) return;
    this.keepFocus = false;
    this.input?.focus();
  };

  private onKey = (e: KeyboardEvent) => {
    const t = e.composedPath()[0] as HTMLElement | undefined;
    const editing = t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
    if (e.key === '/' && !editing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.focus();
    }
  };

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('hashchange', this.onHash);
  }

  disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('hashchange', this.onHash);
    clearTimeout(this.timer);
    super.disconnectedCallback();
  }

  focus(): void {
    this.input?.focus();
    this.input?.select();
  }

  protected willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('q') && this.shadowRoot?.activeElement !== this.input) this.value = this.q;
  }

  private onInput(e: InputEvent) {
    this.value = (e.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.go(), DEBOUNCE_MS);
  }

  private go() {
    this.keepFocus = this.shadowRoot?.activeElement === this.input;
    goToSearch(this.value);
  }

  private onKeydown(e: KeyboardEvent) {
    if (e.key === 'Enter') {
      clearTimeout(this.timer);
      this.go();
    } else if (e.key === 'Escape') {
      this.input.blur();
    }
  }

  render() {
    return html`<form role="search" @submit=${(e: Event) => e.preventDefault()}>
      <input type="search" aria-label="Search the notebook" placeholder="Search  ( / )" .value=${this.value}
        autocomplete="off" spellcheck="false" @input=${this.onInput} @keydown=${this.onKeydown} />
    </form>`;
  }

  static styles = css`
    form { margin: 0; }
    input { font: inherit; width: 16rem; max-width: 40vw; padding: 0.35rem 0.7rem; border-radius: 6px; border: 1px solid var(--q-border); background: var(--q-bg); color: var(--q-text); }
    input:focus { outline: 2px solid var(--q-focus); outline-offset: 0; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-search-box': QuireSearchBox;
  }
}
