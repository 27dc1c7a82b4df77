// The highlights beside an article: in text order, with colour, note, anchoring status; orphans listed with their
// quote. Clicking an item scrolls to it; notes are edited in place. Changes go out as events to the reader.

import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { HighlightView } from '../../../src-main/shared/contract/highlights';
import { colourRadioStyles, colourRadios } from './colour-radios';
import { swatchStyles } from './draw';
import { renderMarkdown } from '../notes/markdown';
import type { LinkIndex } from '../notes/link-targets';
import '../notes/note-editor';

export type PanelEvent =
  | { kind: 'focus'; id: string }
  | { kind: 'update'; id: string; patch: { colour?: number; note?: string; tags?: string[] } }
  | { kind: 'delete'; id: string }
  | { kind: 'export' };

@customElement('quire-highlights-panel')
export class QuireHighlightsPanel extends LitElement {
  @property({ attribute: false }) highlights: HighlightView[] = [];
  @property({ attribute: false }) colourNames: string[] = [];
  @property({ attribute: false }) links: LinkIndex | null = null;
  @property({ attribute: false }) figureNames = new Map<string, string>();
  @property() focusedId: string | null = null;
  /** The highlight whose note is open for editing. */
  @property() editingId: string | null = null;

  private emit(detail: PanelEvent) {
    this.dispatchEvent(new CustomEvent<PanelEvent>('panel', { detail, bubbles: true, composed: true }));
  }

  /** Brings a highlight's note editor into view and focuses it. */
  async focusEditor(id: string): Promise<void> {
    this.editingId = id;
    this.dispatchEvent(new CustomEvent('need-links', { bubbles: true, composed: true })); // for [[ autocomplete
    await this.updateComplete;
    const editor = this.renderRoot.querySelector<HTMLElement & { focus(): void; updateComplete: Promise<unknown> }>(`li[data-id="${id}"] quire-note-editor`);
    editor?.scrollIntoView({ block: 'nearest' });
    await editor?.updateComplete;
    editor?.focus();
  }

  private status(h: HighlightView) {
    if (h.anchor.state === 'ok') return '';
    if (h.anchor.state === 'fuzzy') return html`<span class="badge fuzzy" title="The text changed; placed again by its words and context">moved · ${Math.round(h.anchor.score * 100)}%</span>`;
    return html`<span class="badge orphan" title="The text these words were in has changed; they could not be placed again">orphan</span>`;
  }

  private item(h: HighlightView) {
    const editing = this.editingId === h.id;
    const figures = h.figureIds.map((id) => this.figureNames.get(id)).filter(Boolean);
    return html`<li data-id=${h.id} class=${h.id === this.focusedId ? 'focused' : ''}>
      <div class="head">
        ${colourRadios({ label: 'Colour of this highlight', names: this.colourNames, value: h.colour,
          onChange: (colour) => colour !== h.colour && this.emit({ kind: 'update', id: h.id, patch: { colour } }) })}
        <span class="meaning">${this.colourNames[h.colour] ?? ''}</span>
        ${h.paragraph ? html`<span class="muted">¶${h.paragraph}</span>` : ''} ${this.status(h)}
      </div>
      ${h.start === null
        ? html`<blockquote class="quote orphaned" dir="auto">${h.quote}</blockquote>`
        : html`<button class="quote" dir="auto" title="Go to this passage" @click=${() => this.emit({ kind: 'focus', id: h.id })}>${clip(h.quote)}</button>`}
      ${figures.length ? html`<p class="figs">Linked: ${figures.join(', ')}</p>` : ''}
      ${h.tags.length ? html`<p class="tags">${h.tags.map((t) => html`<span class="tag">#${t}</span>`)}</p>` : ''}
      ${editing
        ? html`<quire-note-editor .value=${h.note} label="Note on this highlight" .targets=${this.links?.targets ?? null}
            @note-change=${(e: CustomEvent<{ value: string }>) => this.emit({ kind: 'update', id: h.id, patch: { note: e.detail.value } })}></quire-note-editor>
            <label class="tagline">Tags <input .value=${h.tags.join(', ')} placeholder="comma, separated"
              @change=${(e: Event) => this.emit({ kind: 'update', id: h.id, patch: { tags: splitTags((e.target as HTMLInputElement).value) } })} /></label>`
        : h.note
          ? html`<div class="note">${unsafeHTML(renderMarkdown(h.note, this.links))}</div>`
          : ''}
      <div class="actions">
        <button @click=${() => (editing ? (this.editingId = null) : this.focusEditor(h.id))}>${editing ? 'Done' : h.note ? 'Edit note' : 'Add note'}</button>
        <button class="danger" @click=${() => this.emit({ kind: 'delete', id: h.id })}>Delete</button>
      </div>
    </li>`;
  }

  render() {
    const orphans = this.highlights.filter((h) => h.start === null).length;
    return html`<section aria-labelledby="hl-title">
      <header>
        <h2 id="hl-title">Highlights <span class="muted">${this.highlights.length}</span></h2>
        <button ?disabled=${this.highlights.length === 0} @click=${() => this.emit({ kind: 'export' })}>Export Markdown</button>
      </header>
      ${orphans ? html`<p class="warn" role="note">${orphans} highlight${orphans === 1 ? '' : 's'} could not be placed in the current text.</p>` : ''}
      ${this.highlights.length === 0
        ? html`<p class="muted hint">Select text to highlight it. Keyboard: focus the text, select with <kbd>Shift</kbd>+arrows, press <kbd>h</kbd>.</p>`
        : html`<ol>${this.highlights.map((h) => this.item(h))}</ol>`}
    </section>`;
  }

  static styles = [
    swatchStyles,
    colourRadioStyles,
    css`
      :host { display: block; font-size: 0.88rem; }
      header { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; }
      h2 { font-size: 1rem; margin: 0; }
      .muted { color: var(--q-muted); font-weight: normal; }
      .hint { margin-top: 0.6rem; }
      ol { list-style: none; padding: 0; margin: 0.6rem 0 0; display: grid; gap: 0.6rem; }
      li { border: 1px solid var(--q-border); border-radius: 8px; padding: 0.5rem 0.6rem; background: var(--q-panel); }
      li.focused { border-color: var(--q-accent); }
      .head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3rem 0.5rem; }
      .meaning { font-weight: 600; }
      sl-radio-button::part(button) { height: 1.6rem; min-height: 1.6rem; }
      sl-radio-button::part(prefix) { padding: 0 0.45rem; }
      .quote { all: unset; display: block; cursor: pointer; font-family: var(--q-serif); margin: 0.35rem 0; line-height: 1.4; }
      .quote:focus-visible { outline: 2px solid var(--q-focus); }
      blockquote.orphaned { margin: 0.35rem 0; padding-left: 0.5rem; border-left: 3px dashed var(--q-danger); color: var(--q-muted); font-family: var(--q-serif); }
      .badge { font-size: 0.72rem; border-radius: 999px; padding: 0.05rem 0.45rem; }
      .badge.fuzzy { background: var(--q-mark-0); color: var(--q-text); }
      .badge.orphan { background: var(--q-danger); color: white; }
      .warn { color: var(--q-danger); margin: 0.5rem 0 0; }
      .note { border-top: 1px dotted var(--q-border); margin-top: 0.3rem; }
      .note :first-child { margin-top: 0.3rem; }
      .note :last-child { margin-bottom: 0.2rem; }
      .note a.wiki { color: var(--q-accent); }
      .wiki.missing { border-bottom: 1px dashed var(--q-muted); }
      .figs, .tags { margin: 0.2rem 0; color: var(--q-muted); }
      .tag { margin-right: 0.3rem; }
      .tagline { display: flex; gap: 0.4rem; align-items: center; margin-top: 0.3rem; color: var(--q-muted); }
      .tagline input { flex: 1; font: inherit; border: 1px solid var(--q-border); border-radius: 6px; padding: 0.15rem 0.35rem; background: var(--q-bg); color: var(--q-text); }
      .actions { display: flex; gap: 0.3rem; margin-top: 0.35rem; }
      button { font: inherit; font-size: 0.8rem; padding: 0.15rem 0.55rem; border-radius: 6px; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); cursor: pointer; }
      button.danger { color: var(--q-danger); }
      .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    `,
  ];
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 220 ? `${flat.slice(0, 217)}…` : flat;
}

export function splitTags(s: string): string[] {
  return [...new Set(s.split(',').map((t) => t.trim().replace(/^#/, '')).filter(Boolean))];
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-highlights-panel': QuireHighlightsPanel;
  }
}
