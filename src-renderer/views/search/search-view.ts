// #/search?q=[&filters]: results as you type (stale answers dropped), snippets with the matched words marked, kind and filter
// chips (outlet, figure, colour, tag, date); a hit opens the article at its passage, or the note or figure.

import { consume } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ApiClient } from '../../api/client';
import type { SearchFiltersInput, SearchHit, SearchKind } from '../../../src-main/shared/contract/search';
import { apiContext } from '../../app/context';
import { href } from '../../app/router';
import { markPieces } from './marks';
import { goToSearch } from './search-box';

/** Figures offered at once by the figure filter as one types. */
const FIGURE_CHOICES = 30;

const KINDS: { kind: SearchKind; label: string }[] = [
  { kind: 'article', label: 'Articles' }, { kind: 'figure', label: 'Figures' }, { kind: 'highlight', label: 'Highlights' }, { kind: 'note', label: 'Notes' },
];

interface Choices { outlets: string[]; figures: { id: string; name: string }[]; colours: string[]; tags: string[] }

/** Where a hit leads: the article at the passage (articles, highlights), else the note or the figure page. */
export function hitHref(h: SearchHit): string {
  if ((h.kind === 'article' || h.kind === 'highlight') && h.articleId) {
    return `${href('article', h.articleId)}${h.start !== undefined ? `?at=${h.start}-${h.end ?? h.start}` : ''}`;
  }
  return href(h.kind === 'note' ? 'note' : 'figure', h.id);
}

@customElement('quire-search-view')
export class QuireSearchView extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @property() q = '';
  /** The filters in the address (#/search?q=…&outlet=…): the view shows and changes them through the address only. */
  @property({ attribute: false }) routeFilters: SearchFiltersInput = {};
  @state() private results: SearchHit[] = [];
  @state() private status: 'idle' | 'searching' | 'done' | 'error' = 'idle';
  @state() private error = '';
  @state() private choices: Choices = { outlets: [], figures: [], colours: [], tags: [] };
  /** What is typed in the figure filter: only the figures matching it are offered (a notebook may hold 15,000). */
  @state() private figureQuery = '';
  private seq = 0;

  connectedCallback(): void {
    super.connectedCallback();
    void this.loadChoices();
  }

  private async loadChoices() {
    const [articles, figures, settings, notes] = await Promise.all([
      this.api.call('listArticles', {}), this.api.call('listFigures', {}).catch(() => []), this.api.call('getSettings', {}), this.api.call('listNotes', {}).catch(() => []),
    ]);
    const sorted = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort((a, b) => a.localeCompare(b));
    this.choices = {
      outlets: sorted(articles.map((a) => a.outlet)),
      figures: figures.map((f) => ({ id: f.id, name: f.name })).sort((a, b) => a.name.localeCompare(b.name)),
      colours: [...settings.colourNames],
      tags: sorted([...articles.flatMap((a) => a.tags), ...notes.flatMap((n) => n.tags)]),
    };
    this.syncFigureQuery();
  }

  /** The kinds chosen in the address. */
  private get kinds(): Set<SearchKind> {
    return new Set(this.routeFilters.kinds ?? []);
  }

  /** The other filters in the address. */
  private get filters(): Omit<SearchFiltersInput, 'kinds'> {
    const { kinds: _kinds, ...rest } = this.routeFilters;
    return rest;
  }

  protected willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('routeFilters')) this.syncFigureQuery();
    if (changed.has('q') || changed.has('routeFilters')) void this.run();
  }

  /** Shows the name of the figure the address filters by (once the names are loaded); leaves what is being typed. */
  private syncFigureQuery() {
    const id = this.filters.figureId;
    const name = id ? this.choices.figures.find((x) => x.id === id)?.name : undefined;
    if (name) this.figureQuery = name;
    else if (!id && this.choices.figures.some((x) => x.name === this.figureQuery)) this.figureQuery = '';
  }

  /** Changes the filters by changing the address: the view follows it, and the address can be kept or shared. */
  private applyFilters(kinds: Set<SearchKind>, filters: Omit<SearchFiltersInput, 'kinds'>) {
    goToSearch(this.q, { ...(kinds.size ? { kinds: [...kinds] } : {}), ...filters });
  }

  /** Runs the current query; an answer that arrives after a newer query was sent is dropped. */
  private async run() {
    const seq = ++this.seq;
    if (!this.q.trim()) {
      this.results = [];
      this.status = 'idle';
      return;
    }
    this.status = 'searching';
    try {
      const { results } = await this.api.call('search', { q: this.q, limit: 50, filters: this.routeFilters });
      if (seq !== this.seq) return;
      this.results = results;
      this.status = 'done';
    } catch (e) {
      if (seq !== this.seq) return;
      this.error = (e as Error).message;
      this.status = 'error';
    }
  }

  /** The first figures whose name contains what was typed (none offered before anything is typed). */
  private figureMatches(): Choices['figures'] {
    const q = this.figureQuery.trim().toLowerCase();
    if (!q) return [];
    const out: Choices['figures'] = [];
    for (const x of this.choices.figures) {
      if (x.name.toLowerCase().includes(q)) out.push(x);
      if (out.length >= FIGURE_CHOICES) break;
    }
    return out;
  }

  /** Typing narrows the choices; a name typed or chosen in full filters by that figure, an empty box by none. */
  private pickFigure(typed: string) {
    this.figureQuery = typed;
    const name = typed.trim().toLowerCase();
    const match = this.choices.figures.find((x) => x.name.toLowerCase() === name);
    if (match) this.setFilter('figureId', match.id);
    else if (this.filters.figureId) this.setFilter('figureId', '');
  }

  private toggleKind(kind: SearchKind) {
    const next = new Set(this.kinds);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    this.applyFilters(next, this.filters);
  }

  private setFilter<K extends keyof QuireSearchView['filters']>(key: K, value: QuireSearchView['filters'][K] | '') {
    const next = { ...this.filters };
    if (value === '' || value === undefined) delete next[key];
    else next[key] = value as never;
    this.applyFilters(this.kinds, next);
  }

  render() {
    const f = this.filters;
    const c = this.choices;
    const sel = (e: Event) => (e.target as HTMLSelectElement | HTMLInputElement).value;
    return html`<section class="wrap">
      <h1>${this.q ? html`Results for “${this.q}”` : 'Search'}</h1>
      <div class="chips" role="group" aria-label="Filters">
        ${KINDS.map(({ kind, label }) => html`<button class="chip" aria-pressed=${this.kinds.has(kind)} @click=${() => this.toggleKind(kind)}>${label}</button>`)}
        <select aria-label="Outlet" .value=${f.outlet ?? ''} @change=${(e: Event) => this.setFilter('outlet', sel(e))}>
          <option value="">Any outlet</option>${c.outlets.map((o) => html`<option .value=${o} ?selected=${f.outlet === o}>${o}</option>`)}
        </select>
        <input class="figure-filter" aria-label="Figure" placeholder="Any figure" list="figure-choices" .value=${this.figureQuery}
          @input=${(e: Event) => this.pickFigure(sel(e))} />
        <datalist id="figure-choices">${this.figureMatches().map((x) => html`<option value=${x.name}></option>`)}</datalist>
        <select aria-label="Highlight colour" @change=${(e: Event) => this.setFilter('colour', sel(e) === '' ? '' : Number(sel(e)))}>
          <option value="">Any colour</option>${c.colours.map((name, i) => html`<option .value=${String(i)} ?selected=${f.colour === i}>${name}</option>`)}
        </select>
        <select aria-label="Tag" @change=${(e: Event) => this.setFilter('tag', sel(e))}>
          <option value="">Any tag</option>${c.tags.map((t) => html`<option .value=${t} ?selected=${f.tag === t}>${t}</option>`)}
        </select>
        <label>From <input type="date" aria-label="Published from" .value=${f.from ?? ''} @change=${(e: Event) => this.setFilter('from', sel(e))} /></label>
        <label>to <input type="date" aria-label="Published until" .value=${f.to ?? ''} @change=${(e: Event) => this.setFilter('to', sel(e))} /></label>
      </div>
      <p class="status" role="status" aria-live="polite">${this.statusText()}</p>
      <ol class="results">${this.results.map((h) => this.renderHit(h))}</ol>
    </section>`;
  }

  private statusText() {
    if (this.status === 'error') return this.error;
    if (this.status === 'idle') return 'Type in the search box: words, “quoted phrases”; misspellings are fine.';
    if (this.status === 'searching' && this.results.length === 0) return 'Searching…';
    const n = this.results.length;
    return n === 0 ? 'No results. Try fewer words, or remove a filter.' : `${n === 50 ? '50+' : n} result${n === 1 ? '' : 's'}`;
  }

  private renderHit(h: SearchHit) {
    return html`<li class="hit">
      <a href=${hitHref(h)}>
        <span class="kind ${h.kind}">${h.kind}</span>
        <span class="title">${h.titleMarks ? pieces(h.title, h.titleMarks) : h.title || '(untitled)'}</span>
      </a>
      ${h.snippet ? html`<p class="snippet">${pieces(h.snippet, h.marks)}</p>` : nothing}
    </li>`;
  }

  static styles = css`
    .wrap { max-width: 48rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
    h1 { font-family: var(--q-serif); font-size: 1.6rem; margin: 0 0 1rem; overflow-wrap: anywhere; }
    .chips { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; font-size: 0.85rem; }
    .chip, select, input { font: inherit; padding: 0.2rem 0.6rem; border-radius: 999px; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); }
    .chip { cursor: pointer; }
    .chip[aria-pressed='true'] { background: var(--q-accent); color: var(--q-accent-text); border-color: var(--q-accent); }
    label { color: var(--q-muted); display: inline-flex; gap: 0.3rem; align-items: center; }
    .status { color: var(--q-muted); font-size: 0.9rem; }
    .results { list-style: none; padding: 0; margin: 0; }
    .hit { padding: 0.75rem 0; border-bottom: 1px solid var(--q-border); }
    .hit a { color: var(--q-text); text-decoration: none; display: flex; gap: 0.6rem; align-items: baseline; }
    .hit a:hover .title, .hit a:focus-visible .title { text-decoration: underline; }
    .title { font-family: var(--q-serif); font-size: 1.1rem; font-weight: 600; }
    .kind { font-size: 0.7rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--q-muted); border: 1px solid var(--q-border); border-radius: 4px; padding: 0 0.3rem; flex: none; }
    .snippet { margin: 0.3rem 0 0; color: var(--q-text); line-height: 1.5; font-family: var(--q-serif); }
    mark { background: var(--q-mark-0); color: inherit; border-radius: 2px; }
  `;
}

function pieces(text: string, marks: SearchHit['marks']) {
  return markPieces(text, marks).map((p) => (p.marked ? html`<mark>${p.text}</mark>` : p.text));
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-search-view': QuireSearchView;
  }
}
