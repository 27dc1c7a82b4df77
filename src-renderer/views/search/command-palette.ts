// The command palette (Ctrl/Cmd+K): jump to any article, figure or note, or run an action (go to a view, toggle
// the theme). Typed text filters as you go; arrows move, Enter opens, Escape closes. A Shoelace sl-dialog holds it
// (modal, focus kept inside, focus given back when it closes without going anywhere).

import { consume } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import type { ApiClient } from '../../api/client';
import { apiContext } from '../../app/context';
import { href } from '../../app/router';
import { rememberFocus } from '../../ui/focus';
import { rankItems, type PaletteItem } from './palette-items';
import { isModKey } from './shortcuts';

const ACTIONS: PaletteItem[] = [
  { kind: 'action', label: 'Go to library', href: '#/' },
  { kind: 'action', label: 'Go to figures', href: '#/figures' },
  { kind: 'action', label: 'Go to highlights', href: '#/highlights' },
  { kind: 'action', label: 'Go to notes', href: '#/notes' },
  { kind: 'action', label: 'Go to timeline', href: '#/timeline' },
  { kind: 'action', label: 'Go to story map', href: '#/map' },
  { kind: 'action', label: 'Go to search', href: '#/search?q=' },
  { kind: 'action', label: 'Go to trash', href: '#/trash' },
  { kind: 'action', label: 'Toggle theme (light / dark)', action: 'toggle-theme' },
];

@customElement('quire-command-palette')
export class QuireCommandPalette extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @state() private open = false;
  @state() private text = '';
  @state() private active = 0;
  @state() private items: PaletteItem[] = ACTIONS;
  private restoreFocus: (() => void) | null = null;

  private onKey = (e: KeyboardEvent) => {
    if (isModKey(e, 'k')) {
      e.preventDefault();
      if (this.open) this.close();
      else void this.show();
    }
  };

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
  }

  disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onKey);
    super.disconnectedCallback();
  }

  async show(): Promise<void> {
    this.restoreFocus = rememberFocus();
    this.open = true;
    this.text = '';
    this.active = 0;
    await this.updateComplete; // the dialog opens and focuses the input (autofocus)
    // Each list shows as soon as it arrives: figures need an analysis of every article and may come last.
    const lists: Record<'figures' | 'articles' | 'notes', PaletteItem[]> = { figures: [], articles: [], notes: [] };
    const merge = () => (this.items = [...ACTIONS, ...lists.figures, ...lists.articles, ...lists.notes]);
    merge();
    await Promise.all([
      this.api.call('listFigures', {}).then((fs) => {
        lists.figures = fs.map((f) => ({ kind: 'figure', label: f.name, detail: f.aliases.filter((a) => a !== f.name).join(', '), href: href('figure', f.id) }));
        merge();
      }),
      this.api.call('listArticles', {}).then((as) => {
        lists.articles = as.map((a) => ({ kind: 'article', label: a.title, detail: [a.outlet, a.published].filter(Boolean).join(' · '), href: href('article', a.id) }));
        merge();
      }),
      this.api.call('listNotes', {}).then((ns) => {
        lists.notes = ns.map((n) => ({ kind: 'note', label: n.title, detail: n.tags.join(', '), href: href('note', n.id) }));
        merge();
      }),
    ].map((p) => p.catch((e: unknown) => console.warn('command palette: a list could not be loaded', e))));
  }

  /** Closes without going anywhere: focus goes back where it was once the dialog has faded out. */
  close(): void {
    this.open = false;
  }

  /** The dialog closed itself (Escape, a click outside) or was closed: keep `open` in step, give focus back. */
  private onHide = (e: Event) => {
    if (e.target === e.currentTarget) this.open = false;
  };

  private onAfterHide = (e: Event) => {
    if (e.target !== e.currentTarget) return;
    this.restoreFocus?.();
    this.restoreFocus = null;
  };

  private get shown(): PaletteItem[] {
    return rankItems(this.items, this.text, 40);
  }

  private choose(item: PaletteItem | undefined) {
    if (!item) return;
    this.restoreFocus = null; // the route changes and the app moves focus to the new view
    this.open = false;
    if (item.action === 'toggle-theme') void this.toggleTheme();
    else if (item.href) location.hash = item.href;
  }

  private async toggleTheme() {
    const root = document.documentElement;
    const dark = root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    const theme = dark ? 'light' : 'dark';
    root.dataset.theme = theme;
    await this.api.call('updateSettings', { theme }).catch(() => undefined);
  }

  private onInputKey(e: KeyboardEvent) {
    const n = this.shown.length;
    if (e.key === 'ArrowDown') { e.preventDefault(); this.active = n ? (this.active + 1) % n : 0; }
    else if (e.key === 'ArrowUp') { e.preventDefault(); this.active = n ? (this.active - 1 + n) % n : 0; }
    else if (e.key === 'Enter') { e.preventDefault(); this.choose(this.shown[this.active]); }
    else if (e.key === 'Escape') { e.preventDefault(); this.close(); }
  }

  render() {
    return html`<sl-dialog no-header label="Command palette" .open=${this.open} @sl-hide=${this.onHide} @sl-after-hide=${this.onAfterHide}>
      ${this.open ? this.renderBody() : ''}
    </sl-dialog>`;
  }

  private renderBody() {
    const shown = this.shown;
    const active = Math.min(this.active, Math.max(0, shown.length - 1));
    return html`<input role="combobox" autofocus aria-expanded="true" aria-controls="palette-list" aria-activedescendant=${`pi-${active}`}
          aria-label="Jump to an article, figure, note or action" placeholder="Jump to an article, figure, note or action…"
          .value=${this.text} @input=${(e: InputEvent) => { this.text = (e.target as HTMLInputElement).value; this.active = 0; }}
          @keydown=${this.onInputKey} />
        <ul id="palette-list" role="listbox" aria-label="Matches">
          ${shown.map((item, i) => html`<li id=${`pi-${i}`} role="option" aria-selected=${i === active}
            @mousemove=${() => (this.active = i)} @click=${() => this.choose(item)}>
            <span class="kind">${item.kind}</span><span class="label">${item.label}</span>${item.detail ? html`<span class="detail">${item.detail}</span>` : ''}
          </li>`)}
          ${shown.length === 0 ? html`<li class="none">Nothing matches. Press Enter in the search box to search the text.</li>` : ''}
        </ul>`;
  }

  static styles = css`
    sl-dialog { --width: min(40rem, 92vw); --body-spacing: 0; --sl-overlay-background-color: rgb(0 0 0 / 0.25); color: var(--q-text); }
    sl-dialog::part(panel) { align-self: flex-start; margin-top: 12vh; border: 1px solid var(--q-border); border-radius: 10px; overflow: hidden; }
    input { box-sizing: border-box; width: 100%; font: inherit; font-size: 1.05rem; padding: 0.8rem 1rem; border: 0; border-bottom: 1px solid var(--q-border); background: transparent; color: inherit; outline: none; }
    ul { list-style: none; margin: 0; padding: 0.3rem 0; max-height: 55vh; overflow: auto; }
    li { display: flex; gap: 0.6rem; align-items: baseline; padding: 0.4rem 1rem; cursor: pointer; }
    li[aria-selected='true'] { background: var(--q-hover); }
    .kind { flex: none; width: 4.2rem; font-size: 0.7rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--q-muted); }
    .label { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .detail { color: var(--q-muted); font-size: 0.85rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .none { color: var(--q-muted); cursor: default; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-command-palette': QuireCommandPalette;
  }
}
