// The passages behind one tie of the story map, each with its citation (article, paragraph) linking to the place.

import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CitedPassage } from '../../../src-main/shared/contract/storymap';
import { href } from '../../app/router';

@customElement('quire-edge-passages')
export class QuireEdgePassages extends LitElement {
  @property() a = '';
  @property() b = '';
  @property() aId = '';
  @property() bId = '';
  @property({ type: Number }) weight = 0;
  @property({ attribute: false }) passages: CitedPassage[] | null = null;

  render() {
    const list = this.passages;
    return html`<h2><a href=${href('figure', this.aId)}>${this.a}</a> and <a href=${href('figure', this.bId)}>${this.b}</a></h2>
      <p class="meta">Weight ${this.weight}${list ? html` · ${list.length} ${list.length === 1 ? 'passage' : 'passages'}` : ''}</p>
      ${list === null
        ? html`<p class="meta" role="status">Finding the passages…</p>`
        : html`<ol class="passages">${list.map((p) => html`<li>
            <blockquote dir="auto">${p.text}</blockquote>
            <p class="cite"><a class="source" href=${p.href}>${p.title}, ¶${p.paragraph}</a>${p.outlet ? html` · ${p.outlet}` : ''}
              ${p.kind === 'paragraph' ? html`<span class="kind">same paragraph</span>` : ''}
              ${p.alsoIn.length ? html`<span class="also">also in ${p.alsoIn.map((x) => x.title).join('; ')}</span>` : ''}</p>
          </li>`)}</ol>`}`;
  }

  static styles = css`
    :host { display: block; }
    h2 { font-size: 1.05rem; margin: 0 0 0.2rem; }
    h2 a { color: var(--q-accent); text-decoration: none; }
    h2 a:hover { text-decoration: underline; }
    .meta { color: var(--q-muted); font-size: 0.85rem; margin: 0 0 0.6rem; }
    .passages { list-style: none; margin: 0; padding: 0; }
    .passages li { margin: 0 0 0.9rem; }
    blockquote { margin: 0; padding: 0.1rem 0 0.1rem 0.7rem; border-inline-start: 3px solid #d9cbb8; font-family: var(--q-serif); line-height: 1.45; }
    .cite { margin: 0.25rem 0 0 0.7rem; font-size: 0.8rem; color: var(--q-muted); }
    .source { color: var(--q-accent); }
    .kind, .also { margin-left: 0.4rem; font-style: italic; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-edge-passages': QuireEdgePassages;
  }
}
