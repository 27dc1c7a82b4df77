// #/highlights: every highlight in the notebook, grouped by article, filterable by colour (the swatch picker), tag and
// figure; orphans shown with their quote; the five colours' meanings can be renamed here.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ApiClient } from '../../api/client';
import type { HighlightView } from '../../../src-main/shared/contract/highlights';
import { apiContext } from '../../app/context';
import { href } from '../../app/router';
import { colourRadioStyles, colourRadios } from './colour-radios';
import { swatchStyles } from './draw';
import { renderMarkdown } from '../notes/markdown';
import { loadLinkTargets } from '../notes/link-targets';

@customElement('quire-highlights-view')
export class QuireHighlightsView extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @state() private colour = -1;
  @state() private tag = '';
  @state() private figureId = '';
  @state() private editingColours = false;
  @state() private colourNames: string[] = [];

  private data = new Task(this, {
    task: async ([colour, tag, figureId]) => {
      const [all, settings] = await Promise.all([this.api.call('listHighlights', {}), this.api.call('getSettings', {})]);
      // Figure names cost an analysis on a fresh notebook: fetch them only when a highlight links to something.
      const needsLinks = all.some((h) => h.figureIds.length > 0 || h.note.includes('[['));
      const links = needsLinks ? await loadLinkTargets(this.api).catch(() => null) : null;
      this.colourNames = settings.colourNames;
      const figures = new Set(all.flatMap((h) => h.figureIds));
      const shown = all.filter((h) => (colour < 0 || h.colour === colour) && (!tag || h.tags.includes(tag)) && (!figureId || h.figureIds.includes(figureId)));
      return {
        shown, links,
        tags: [...new Set(all.flatMap((h) => h.tags))].sort(),
        figures: (links?.targets.figures ?? []).filter((f) => figures.has(f.id)),
      };
    },
    args: () => [this.colour, this.tag, this.figureId] as const,
  });

  private async saveColours(e: Event) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const names = [...form.querySelectorAll('input')].map((i) => i.value.trim() || 'Unnamed');
    this.colourNames = (await this.api.call('updateSettings', { colourNames: names })).colourNames;
    this.editingColours = false;
  }

  private filters(tags: string[], figures: { id: string; name: string }[]) {
    return html`<div class="filters" role="group" aria-label="Filter highlights">
      ${colourRadios({ label: 'Colour', names: this.colourNames, value: this.colour, any: 'Any', showNames: true, showLabel: true, onChange: (c) => (this.colour = c) })}
      <label>Tag <select @change=${(e: Event) => (this.tag = (e.target as HTMLSelectElement).value)}>
        <option value="">Any tag</option>${tags.map((t) => html`<option ?selected=${t === this.tag}>${t}</option>`)}</select></label>
      <label>Figure <select @change=${(e: Event) => (this.figureId = (e.target as HTMLSelectElement).value)}>
        <option value="">Any figure</option>${figures.map((f) => html`<option value=${f.id} ?selected=${f.id === this.figureId}>${f.name}</option>`)}</select></label>
      <button @click=${() => (this.editingColours = !this.editingColours)} aria-expanded=${this.editingColours}>Colour meanings…</button>
    </div>
    ${this.editingColours
      ? html`<form class="colours" @submit=${this.saveColours} aria-label="Colour meanings">
          ${this.colourNames.map((n, i) => html`<label><span class=${`sw c${i}`} aria-hidden="true"></span><input .value=${n} maxlength="40" aria-label=${`Meaning of colour ${i + 1}`} /></label>`)}
          <button type="submit" class="primary">Save</button></form>`
      : ''}`;
  }

  private item(h: HighlightView, links: Parameters<typeof renderMarkdown>[1]) {
    const to = h.start !== null ? `${href('article', h.articleId)}?at=${h.start}-${h.end}` : href('article', h.articleId);
    return html`<li class="hl">
      <span class=${`sw c${h.colour}`} title=${this.colourNames[h.colour] ?? ''}></span>
      <div>
        <a class="quote" dir="auto" href=${to}>“${h.quote}”</a>
        <span class="meta">${this.colourNames[h.colour]}${h.paragraph ? ` · ¶${h.paragraph}` : ''}${h.tags.map((t) => ` · #${t}`).join('')}
          ${h.anchor.state === 'orphan' ? html` · <strong class="orphan">orphan: no longer found in the text</strong>` : h.anchor.state === 'fuzzy' ? ` · moved (${Math.round(h.anchor.score * 100)}%)` : ''}</span>
        ${h.note ? html`<div class="note">${unsafeHTML(renderMarkdown(h.note, links))}</div>` : ''}
      </div>
    </li>`;
  }

  render() {
    return html`<section class="wrap">
      <h1>Highlights</h1>
      ${this.data.render({
        pending: () => html`<p role="status" class="muted">Loading highlights…</p>`,
        error: (e) => html`<p role="alert">${(e as Error).message}</p>`,
        complete: ({ shown, links, tags, figures }) => {
          const groups = new Map<string, HighlightView[]>();
          for (const h of shown) groups.set(h.articleId, [...(groups.get(h.articleId) ?? []), h]);
          return html`${this.filters(tags, figures)}
            ${shown.length === 0 ? html`<p class="muted">No highlights${this.colour >= 0 || this.tag || this.figureId ? ' match these filters' : ' yet: select text in an article to make one'}.</p>` : ''}
            ${[...groups].map(([articleId, hs]) => html`<article>
              <h2><a href=${href('article', articleId)}>${hs[0].articleTitle || 'A deleted article'}</a> <span class="muted">${hs.length}</span></h2>
              <ol>${hs.map((h) => this.item(h, links))}</ol></article>`)}`;
        },
      })}
    </section>`;
  }

  static styles = [
    swatchStyles,
    colourRadioStyles,
    css`
      .wrap { max-width: 52rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
      h1 { font-family: var(--q-serif); }
      h2 { font-size: 1.05rem; margin: 1.6rem 0 0.5rem; }
      h2 a { color: var(--q-text); }
      .muted, .meta { color: var(--q-muted); font-size: 0.85rem; }
      .filters { display: flex; flex-wrap: wrap; gap: 0.8rem; align-items: center; }
      .filters sl-radio-group::part(form-control-label) { font-size: 1rem; color: var(--q-text); }
      select, input, button { font: inherit; font-size: 0.9rem; padding: 0.2rem 0.4rem; border: 1px solid var(--q-border); border-radius: 6px; background: var(--q-panel); color: var(--q-text); }
      button { cursor: pointer; }
      .primary { background: var(--q-accent); color: var(--q-accent-text); border-color: var(--q-accent); }
      .colours { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.8rem; align-items: center; }
      .colours label { display: flex; gap: 0.3rem; align-items: center; }
      .colours input { width: 8rem; }
      ol { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.7rem; }
      li.hl { display: grid; grid-template-columns: 1.2rem 1fr; gap: 0.3rem; }
      li.hl .sw { margin-top: 0.3rem; }
      .quote { font-family: var(--q-serif); color: var(--q-text); text-decoration: none; display: block; line-height: 1.45; }
      .quote:hover { text-decoration: underline; }
      .orphan { color: var(--q-danger); }
      .note { font-size: 0.9rem; }
      .note a.wiki { color: var(--q-accent); }
      .note p { margin: 0.2rem 0; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-highlights-view': QuireHighlightsView;
  }
}
