// Compare mode: two articles in two columns, passages classed same / variant / only in A / only in B, variant words
// marked inline, pairs numbered alike; clicking a passage brings its counterpart into view. The columns sit in a
// Shoelace split panel: drag the divider (or arrow keys on it) to give one side more room.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '@shoelace-style/shoelace/dist/components/split-panel/split-panel.js';
import type SlSplitPanel from '@shoelace-style/shoelace/dist/components/split-panel/split-panel.js';
import type { ApiClient } from '../../api/client';
import type { ArticleComparison, ComparedArticle } from '../../../src-main/shared/contract/compare';
import { apiContext } from '../../app/context';
import { href } from '../../app/router';
import { formatDate } from '../format';
import { statusStyles } from '../status-styles';
import { decorations, paragraphPieces, type Side } from './passage-segments';

const KIND_LABEL = { same: 'Same', variant: 'Variant', 'only-a': 'Only in A', 'only-b': 'Only in B' } as const;

@customElement('quire-compare')
export class QuireCompare extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @property() a = '';
  @property() b = '';
  /** Index of the passage last clicked or reached by keyboard; both of its sides are outlined. */
  @state() private active: number | null = null;

  private comparison = new Task(this, {
    task: async ([a, b]) => this.api.call('compareArticles', { a, b }),
    args: () => [this.a, this.b] as const,
  });

  render() {
    return this.comparison.render({
      pending: () => html`<p class="status wrap" role="status">Aligning the two articles…</p>`,
      error: (e) => html`<div class="wrap"><p class="status error" role="alert">${(e as Error).message}</p><a href="#/">Back to the library</a></div>`,
      complete: (c) => this.renderComparison(c),
    });
  }

  private renderComparison(c: ArticleComparison) {
    const counts = { same: 0, variant: 0, 'only-a': 0, 'only-b': 0 };
    for (const p of c.passages) counts[p.kind]++;
    const pct = Math.round(c.similarity * 100);
    const pairNo = new Map<number, number>();
    c.passages.forEach((p, k) => p.a && p.b && pairNo.set(k, pairNo.size + 1));
    return html`<div class="page">
      <header class="bar">
        <div class="sim" role="img" aria-label=${`${pct}% of the text is the same`} title="Share of both texts' words in passages that agree word for word">
          <span class="pct">${pct}%</span><span class="meter"><span style=${`width:${pct}%`}></span></span><span class="muted">the same</span>
        </div>
        <ul class="legend" aria-label="Passage kinds">
          ${(Object.keys(KIND_LABEL) as (keyof typeof KIND_LABEL)[]).map((k) => html`<li><span class=${`chip ${k}`}></span>${KIND_LABEL[k]} <span class="muted">${counts[k]}</span></li>`)}
        </ul>
        ${c.copies ? html`<span class="copies">flagged as copies</span>` : nothing}
        <span class="spacer"></span>
        <a class="button" href=${href('compare', this.b, this.a)}>Swap</a>
        <a class="button" href=${href('side', this.a, this.b)}>Read side by side</a>
      </header>
      <sl-split-panel class="cols" position="50">
        ${this.renderSide(c, 'a', c.a, pairNo)}
        ${this.renderSide(c, 'b', c.b, pairNo)}
      </sl-split-panel>
    </div>`;
  }

  private renderSide(c: ArticleComparison, side: Side, art: ComparedArticle, pairNo: Map<number, number>) {
    const decos = decorations(c.passages, side);
    const seen = new Set<number>();
    return html`<section slot=${side === 'a' ? 'start' : 'end'} class=${`col side-${side}`} aria-label=${`${side.toUpperCase()}: ${art.title}`}>
      <div class="head">
        <span class="tag">${side.toUpperCase()}</span>
        <div><h2 dir="auto"><a href=${href('article', art.id ?? '')}>${art.title}</a></h2>
        <p class="muted">${[art.outlet, formatDate(art.published)].filter(Boolean).join(' · ')}</p></div>
      </div>
      <div class="text scroll" @click=${(e: Event) => this.onClick(e, side)} @keydown=${(e: KeyboardEvent) => this.onKey(e, side)}>
        ${art.paragraphs.map((span) => html`<p dir="auto">${paragraphPieces(span, decos, seen).map((piece) => {
          const t = art.text.slice(piece.start, piece.end);
          if (piece.passage === null) return t;
          const k = piece.passage;
          const n = pairNo.get(k);
          const p = c.passages[k];
          const other = side === 'a' ? c.b : c.a;
          const otherSpan = side === 'a' ? p.b : p.a;
          const title = piece.mark && otherSpan ? `${side === 'a' ? 'B' : 'A'}: ${other.text.slice(...otherSpan)}` : KIND_LABEL[p.kind];
          return html`<span class=${`pass ${p.kind}${this.active === k ? ' active' : ''}${p.moved ? ' moved' : ''}`} data-k=${k}
            tabindex=${piece.first ? 0 : -1} title=${title}
            >${piece.first && n ? html`<sup class="n" aria-label=${`pair ${n}`}>${n}</sup>` : nothing}${piece.mark ? html`<mark class=${side === 'a' ? 'del' : 'ins'}>${t}</mark>` : t}</span>`;
        })}</p>`)}
      </div>
    </section>`;
  }

  /** Shoelace labels every divider "Resize": say which. */
  protected updated(): void {
    const split = this.renderRoot.querySelector<SlSplitPanel>('sl-split-panel');
    void split?.updateComplete.then(() => split.shadowRoot?.querySelector('[part="divider"]')?.setAttribute('aria-label', 'Resize the two columns'));
  }

  private onClick(e: Event, side: Side) {
    const el = (e.target as Element).closest<HTMLElement>('.pass');
    if (el) this.focusPassage(Number(el.dataset.k), side);
  }

  private onKey(e: KeyboardEvent, side: Side) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const el = (e.target as Element).closest<HTMLElement>('.pass');
    if (!el) return;
    e.preventDefault();
    this.focusPassage(Number(el.dataset.k), side);
  }

  /** Marks passage k on both sides and scrolls the other side's counterpart (if any) into view. */
  private async focusPassage(k: number, from: Side) {
    this.active = k;
    await this.updateComplete;
    const other = from === 'a' ? 'b' : 'a';
    const target = this.renderRoot.querySelector<HTMLElement>(`.side-${other} .pass[data-k="${k}"]`);
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  static styles = [
    statusStyles,
    css`
      :host { display: block; height: 100%; }
      .wrap { max-width: 42rem; margin: 0 auto; padding: 1.5rem 2rem; }
      .page { display: grid; grid-template-rows: auto 1fr; height: 100%; min-height: 0; }
      .bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.6rem 1.4rem; padding: 0.6rem 1.25rem; border-bottom: 1px solid var(--q-border); background: var(--q-panel); }
      .sim { display: flex; align-items: center; gap: 0.5rem; }
      .pct { font-family: var(--q-serif); font-size: 1.5rem; font-weight: 700; }
      .meter { width: 7rem; height: 0.5rem; border-radius: 999px; background: var(--q-hover); overflow: hidden; }
      .meter span { display: block; height: 100%; background: var(--q-accent); }
      .legend { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; font-size: 0.85rem; }
      .legend li { display: flex; align-items: center; gap: 0.35rem; }
      .chip { width: 0.9rem; height: 0.9rem; border-radius: 3px; display: inline-block; }
      .chip.same { background: var(--cmp-same); }
      .chip.variant { background: var(--cmp-variant); }
      .chip.only-a { background: var(--cmp-only-a); }
      .chip.only-b { background: var(--cmp-only-b); }
      .copies { font-size: 0.75rem; padding: 0.1rem 0.5rem; border-radius: 999px; background: var(--q-mark-3); }
      .spacer { flex: 1; }
      .button { font-size: 0.85rem; padding: 0.3rem 0.75rem; border-radius: 6px; border: 1px solid var(--q-border); color: var(--q-text); text-decoration: none; background: var(--q-panel); }
      .button:hover { background: var(--q-hover); }
      .muted { color: var(--q-muted); }
      /* a hairline between the columns, as before; it thickens under the pointer and with keyboard focus */
      .cols { min-height: 0; --divider-width: 1px; --divider-hit-area: 14px; --min: 18rem; --max: calc(100% - 18rem); }
      .cols::part(divider) { background: var(--q-border); }
      .cols::part(divider):hover { background: var(--q-muted); box-shadow: 0 0 0 2px var(--q-muted); }
      .cols::part(divider):focus-visible { background: var(--q-focus); box-shadow: 0 0 0 2px var(--q-focus); outline: none; }
      .col { display: grid; grid-template-rows: auto 1fr; grid-template-columns: minmax(0, 1fr); min-height: 0; min-width: 0; overflow: hidden; }
      .scroll { overflow: auto; min-height: 0; padding: 1rem 2rem 4rem; }
      .head { display: flex; gap: 0.75rem; align-items: flex-start; padding: 0.9rem 2rem 0.6rem; border-bottom: 1px solid var(--q-border); }
      .tag { font-weight: 700; font-size: 0.8rem; background: var(--q-text); color: var(--q-bg); border-radius: 4px; padding: 0.15rem 0.45rem; margin-top: 0.3rem; }
      h2 { font-family: var(--q-serif); font-size: 1.2rem; line-height: 1.3; margin: 0; }
      h2 a { color: var(--q-text); text-decoration: none; }
      h2 a:hover { text-decoration: underline; }
      .head p { margin: 0.15rem 0 0; font-size: 0.85rem; }
      .text { font-family: var(--q-serif); font-size: 1.05rem; line-height: 1.7; }
      .text p { margin: 0 0 0.9em; unicode-bidi: plaintext; }
      .pass { cursor: pointer; border-radius: 3px; padding: 0.1em 0; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
      .pass.same { background: var(--cmp-same); }
      .pass.variant { background: var(--cmp-variant); }
      .pass.only-a { background: var(--cmp-only-a); }
      .pass.only-b { background: var(--cmp-only-b); }
      .pass:hover { filter: brightness(0.95); }
      .pass.active { background-image: linear-gradient(rgb(138 59 18 / 0.16), rgb(138 59 18 / 0.16)); text-decoration: underline 1px var(--q-accent); text-underline-offset: 4px; }
      .pass:focus-visible { outline: 2px solid var(--q-focus); }
      .n { font-family: var(--q-sans); font-size: 0.65rem; font-weight: 700; color: var(--q-muted); margin-right: 0.2rem; }
      mark { color: inherit; border-radius: 2px; padding: 0 0.1em; font-weight: 600; }
      mark.del { background: var(--cmp-del); text-decoration: line-through 1px; }
      mark.ins { background: var(--cmp-ins); text-decoration: underline 2px; text-underline-offset: 3px; }
      :host {
        --cmp-same: transparent;
        --cmp-variant: rgb(255 196 0 / 0.22);
        --cmp-only-a: rgb(220 70 70 / 0.13);
        --cmp-only-b: rgb(40 120 230 / 0.13);
        --cmp-del: rgb(220 70 70 / 0.35);
        --cmp-ins: rgb(40 160 80 / 0.35);
      }
      .chip.same { background: var(--q-panel); border: 1px solid var(--q-border); box-sizing: border-box; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-compare': QuireCompare;
  }
}
