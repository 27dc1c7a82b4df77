// The app shell: top bar, navigation, and the view for the current hash route. Provides the API client by context.

import { provide } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { createClient, type ApiClient } from '../api/client';
import { apiContext } from './context';
import { parseRoute, type Route } from './router';
import '../views/library-view';
import '../views/import/quire-import';
import '../views/reader-view';
import '../views/figures-view';
import '../views/figure-view';
import '../views/dossier-view';
import '../views/compare/compare-view';
import '../views/compare/side-by-side-view';
import '../views/notebook-banner';
import '../views/onboarding/onboarding-hint';
import '../views/shortcuts/shortcuts-dialog';
import '../views/trash-view';
import '../views/storymap/story-map-view';
import '../views/storymap/timeline-view';
import '../views/highlights/highlights-view';
import '../views/notes/notes-view';
import '../views/notes/note-view';
import '../views/search/search-box';
import '../views/search/search-view';
import '../views/search/command-palette';
import '../views/search/history-buttons';

@customElement('quire-app')
export class QuireApp extends LitElement {
  @provide({ context: apiContext })
  api: ApiClient = createClient();

  @state() private route: Route = parseRoute(location.hash);

  private onHash = () => {
    this.route = parseRoute(location.hash);
    this.renderRoot.querySelector('main')?.focus({ preventScroll: true });
  };

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    void this.applyTheme();
  }

  disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHash);
    super.disconnectedCallback();
  }

  private async applyTheme(): Promise<void> {
    try {
      const settings = await this.api.call('getSettings', {});
      if (settings.theme !== 'system') document.documentElement.dataset.theme = settings.theme;
    } catch {
      /* the theme follows the system when settings cannot be read */
    }
  }

  render() {
    const r = this.route;
    return html`
      <header>
        <quire-history-buttons></quire-history-buttons>
        <a class="brand" href="#/">Quire</a>
        <nav aria-label="Main">
          <a href="#/" aria-current=${r.name === 'library' || r.name === 'article' ? 'page' : 'false'}>Library</a>
          <a href="#/figures" aria-current=${r.name === 'figures' || r.name === 'figure' || r.name === 'dossier' ? 'page' : 'false'}>Figures</a>
          <a href="#/map" aria-current=${r.name === 'map' ? 'page' : 'false'}>Map</a>
          <a href="#/timeline" aria-current=${r.name === 'timeline' ? 'page' : 'false'}>Timeline</a>
          <a href="#/highlights" aria-current=${r.name === 'highlights' ? 'page' : 'false'}>Highlights</a>
          <a href="#/notes" aria-current=${r.name === 'notes' || r.name === 'note' ? 'page' : 'false'}>Notes</a>
          <a href="#/trash" aria-current=${r.name === 'trash' ? 'page' : 'false'}>Trash</a>
        </nav>
        <quire-search-box .q=${r.name === 'search' ? r.q : ''}></quire-search-box>
      </header>
      <quire-command-palette></quire-command-palette>
      <quire-import></quire-import>
      <main tabindex="-1"><quire-notebook-banner></quire-notebook-banner><quire-onboarding-hint></quire-onboarding-hint><quire-shortcuts></quire-shortcuts>${this.renderRoute(r)}</main>
    `;
  }

  private renderRoute(r: Route) {
    switch (r.name) {
      case 'library':
        return html`<quire-library></quire-library>`;
      case 'article':
        return html`<quire-reader .articleId=${r.id} .paragraph=${Number(r.params.get('p') ?? 0)} .at=${r.params.get('at') ?? ''}></quire-reader>`;
      case 'figures':
        return html`<quire-figures></quire-figures>`;
      case 'figure':
        return html`<quire-figure .figureId=${r.id}></quire-figure>`;
      case 'dossier':
        return html`<quire-dossier .figureId=${r.id}></quire-dossier>`;
      case 'compare':
        return html`<quire-compare .a=${r.a} .b=${r.b}></quire-compare>`;
      case 'side':
        return html`<quire-side-by-side .ids=${r.ids}></quire-side-by-side>`;
      case 'highlights':
        return html`<quire-highlights-view></quire-highlights-view>`;
      case 'notes':
        return html`<quire-notes></quire-notes>`;
      case 'note':
        return html`<quire-note .noteId=${r.id}></quire-note>`;
      case 'map':
        return html`<quire-story-map></quire-story-map>`;
      case 'timeline':
        return html`<quire-timeline .figure=${r.figure}></quire-timeline>`;
      case 'trash':
        return html`<quire-trash></quire-trash>`;
      case 'search':
        return html`<quire-search-view .q=${r.q} .routeFilters=${r.filters}></quire-search-view>`;
      default:
        return html`<section class="empty" role="status">
          <h1>Nothing here yet</h1>
          <p>This page does not exist. <a href="#/">Go to the library</a>.</p>
        </section>`;
    }
  }

  static styles = css`
    :host { display: grid; grid-template-rows: auto 1fr; height: 100vh; }
    quire-command-palette, quire-import { position: fixed; } /* their overlays are fixed; out of the grid, so main keeps the 1fr row */
    header { display: flex; align-items: center; gap: 1.5rem; padding: 0.5rem 1.25rem; border-bottom: 1px solid var(--q-border); background: var(--q-panel); }
    .brand { font-family: var(--q-serif); font-size: 1.35rem; font-weight: 700; color: var(--q-accent); text-decoration: none; letter-spacing: 0.02em; }
    nav { display: flex; gap: 0.25rem; }
    quire-search-box { margin-left: auto; }
    nav a { color: var(--q-text); text-decoration: none; padding: 0.35rem 0.7rem; border-radius: 6px; }
    nav a:hover { background: var(--q-hover); }
    nav a[aria-current='page'] { background: var(--q-accent); color: var(--q-accent-text); }
    main { overflow: auto; outline: none; }
    .empty { max-width: 40rem; margin: 4rem auto; text-align: center; color: var(--q-muted); }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-app': QuireApp;
  }
}
