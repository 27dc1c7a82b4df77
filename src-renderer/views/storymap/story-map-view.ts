// The figure network (#/map): figures as nodes (size: mentions, colour: kind of role), ties as weighted edges laid
// out by cytoscape's cose. Clicking a tie lists the passages behind it; clicking a figure opens it. Filters by
// outlet, article and minimum weight; only the top figures by mentions are drawn, with a control to show more.

import { consume } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import cytoscape, { type Core } from 'cytoscape';
import type { ApiClient } from '../../api/client';
import { ROLE_STYLE, type CitedPassage, type Network, type RoleKind, type StoryFacets } from '../../../src-main/shared/contract/storymap';
import { apiContext } from '../../app/context';
import { href } from '../../app/router';
import './edge-passages';

const STEP = 40; // figures drawn at first, and added by "Show more"

/** Where figure i of n starts before the force layout: a spiral, so no two start on one spot. cose breaks ties between
 *  coincident nodes at random; from distinct starts it is deterministic, and the same notebook draws the same map. */
function startPosition(i: number, n: number): { x: number; y: number } {
  const angle = i * 2.399963; // the golden angle spreads the points evenly
  const radius = 40 * Math.sqrt(i + 1) * Math.max(1, Math.sqrt(n) / 6);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

@customElement('quire-story-map')
export class QuireStoryMap extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @state() private network: Network | null = null;
  @state() private facets: StoryFacets | null = null;
  @state() private error = '';
  @state() private outlet = '';
  @state() private articleId = '';
  @state() private minWeight = 1;
  @state() private maxNodes = STEP;
  @state() private showLoners = false;
  @state() private selected: { a: string; b: string; weight: number } | null = null;
  @state() private passages: CitedPassage[] | null = null;
  @query('.graph') private graph!: HTMLDivElement;

  /** The cytoscape instance (tests read node and edge positions from it). */
  cy: Core | null = null;

  connectedCallback(): void {
    super.connectedCallback();
    void this.api.call('storyFacets', {}).then((f) => (this.facets = f), (e: Error) => (this.error = e.message));
    void this.load();
  }

  disconnectedCallback(): void {
    this.cy?.destroy();
    this.cy = null;
    super.disconnectedCallback();
  }

  private filter() {
    return { outlets: this.outlet ? [this.outlet] : undefined, articleIds: this.articleId ? [this.articleId] : undefined, minWeight: this.minWeight };
  }

  private async load(): Promise<void> {
    try {
      this.network = await this.api.call('storyNetwork', { ...this.filter(), maxNodes: this.maxNodes });
      this.error = '';
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  protected updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('network') || changed.has('showLoners')) this.draw();
  }

  private draw(): void {
    const net = this.network;
    if (!net || !this.graph) return;
    this.cy?.destroy();
    const tied = new Set(net.edges.flatMap((e) => [e.a, e.b]));
    const nodes = net.nodes.filter((n) => this.showLoners || tied.has(n.id));
    const most = Math.max(1, ...nodes.map((n) => n.mentions));
    const heaviest = Math.max(1, ...net.edges.map((e) => e.weight));
    this.cy = cytoscape({
      container: this.graph,
      elements: [
        ...nodes.map((n, i) => ({ data: { id: n.id, name: n.name, colour: ROLE_STYLE[n.kind].colour, size: 16 + 34 * Math.sqrt(n.mentions / most) }, position: startPosition(i, nodes.length) })),
        ...net.edges.map((e) => ({ data: { id: `${e.a}|${e.b}`, source: e.a, target: e.b, weight: e.weight, width: 1.5 + 7 * (e.weight / heaviest) } })),
      ],
      style: [
        { selector: 'node', style: { 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(name)', 'font-size': 12, 'font-family': 'system-ui, Noto Sans, Arial, sans-serif', color: '#1f1d1a', 'text-valign': 'bottom', 'text-margin-y': 4, 'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': '2px', 'text-background-shape': 'roundrectangle', 'border-width': 2, 'border-color': '#ffffff' } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': '#b3a999', 'curve-style': net.edges.length > 600 ? 'haystack' : 'straight', opacity: 0.85 } },
        { selector: 'edge:selected', style: { 'line-color': '#8a3b12', opacity: 1 } },
        { selector: 'node:selected', style: { 'border-color': '#8a3b12', 'border-width': 3 } },
        { selector: '.faded', style: { opacity: 0.25 } },
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 90, padding: 30, numIter: nodes.length > 300 ? 300 : 1000 },
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3,
    });
    this.cy.on('tap', 'edge', (ev) => {
      const d = ev.target.data() as { source: string; target: string; weight: number };
      void this.select(d.source, d.target, d.weight);
    });
    this.cy.on('tap', 'node', (ev) => {
      location.hash = href('figure', ev.target.id() as string);
    });
    this.cy.on('mouseover', 'node', (ev) => {
      this.cy!.elements().addClass('faded');
      ev.target.closedNeighborhood().removeClass('faded');
    });
    this.cy.on('mouseout', 'node', () => this.cy!.elements().removeClass('faded'));
  }

  private async select(a: string, b: string, weight: number): Promise<void> {
    this.selected = { a, b, weight };
    this.passages = null;
    this.cy?.$(`edge[id = "${a}|${b}"]`).select();
    this.passages = await this.api.call('edgePassages', { ...this.filter(), a, b });
  }

  render() {
    const net = this.network;
    const names = new Map(net?.nodes.map((n) => [n.id, n.name]) ?? []);
    const kinds = [...new Set(net?.nodes.map((n) => n.kind) ?? [])] as RoleKind[];
    return html`<section class="page">
      <div class="head">
        <h1>Story map</h1>
        <p class="lede">Who is named with whom. A line joins two figures named in the same paragraph; thicker when it happens
          more often, and most when they share a sentence. Near-copies of one wire story count once.</p>
      </div>
      <form class="controls" @submit=${(e: Event) => e.preventDefault()}>
        <label>Outlet <select @change=${(e: Event) => this.set({ outlet: (e.target as HTMLSelectElement).value })}>
          <option value="">All outlets</option>
          ${this.facets?.outlets.map((o) => html`<option value=${o.outlet}>${o.outlet} (${o.articles})</option>`)}
        </select></label>
        <label>Article <select class="article" @change=${(e: Event) => this.set({ articleId: (e.target as HTMLSelectElement).value })}>
          <option value="">All articles</option>
          ${this.facets?.articles.slice(0, 2000).map((a) => html`<option value=${a.id}>${a.title}</option>`)}
        </select></label>
        <label>Minimum weight <input type="number" min="1" max="999" .value=${String(this.minWeight)}
          @change=${(e: Event) => this.set({ minWeight: Math.max(1, Number((e.target as HTMLInputElement).value) || 1) })} /></label>
        <label class="check"><input type="checkbox" .checked=${this.showLoners} @change=${(e: Event) => (this.showLoners = (e.target as HTMLInputElement).checked)} /> Figures without ties</label>
      </form>
      ${this.error ? html`<p class="status error" role="alert">${this.error}</p>` : ''}
      <div class="body">
        <div class="canvas">
          <div class="graph" role="img" aria-label="Network of figures named together"></div>
          ${!net ? html`<p class="status overlay" role="status">Reading who is named with whom…</p>` : ''}
          ${net && net.edges.length === 0 ? html`<p class="status overlay">No ties at this weight. Lower the minimum weight or widen the filter.</p>` : ''}
          <ul class="legend" aria-label="Kinds of role">
            ${kinds.map((k) => html`<li><span class="dot" style="background:${ROLE_STYLE[k].colour}"></span>${ROLE_STYLE[k].label}</li>`)}
          </ul>
          ${net ? html`<p class="count">
            Showing ${net.nodes.length} of ${net.totalNodes} figures by mentions, ${net.edges.length} ties · ${net.articles} articles, ${net.stories} stories
            ${net.nodes.length < net.totalNodes ? html`<button class="more" @click=${() => this.set({ maxNodes: this.maxNodes + STEP })}>Show ${Math.min(STEP, net.totalNodes - net.nodes.length)} more</button>` : ''}
          </p>` : ''}
        </div>
        <aside aria-label="Passages">
          ${this.selected
            ? html`<quire-edge-passages .a=${names.get(this.selected.a) ?? this.selected.a} .b=${names.get(this.selected.b) ?? this.selected.b}
                .aId=${this.selected.a} .bId=${this.selected.b} .weight=${this.selected.weight} .passages=${this.passages}></quire-edge-passages>`
            : this.renderTies(net, names)}
        </aside>
      </div>
    </section>`;
  }

  /** The strongest ties as a list: the same choice as clicking a line, for keyboards and screen readers. */
  private renderTies(net: Network | null, names: Map<string, string>) {
    if (!net) return '';
    return html`<h2>Strongest ties</h2>
      <p class="hint">Click a line or a tie to read the passages behind it; click a figure to open it.</p>
      <ol class="ties">${net.edges.slice(0, 15).map((e) => html`<li><button @click=${() => this.select(e.a, e.b, e.weight)}>
        ${names.get(e.a)} — ${names.get(e.b)}</button> <span class="w">${e.weight}</span></li>`)}</ol>`;
  }

  private set(patch: Partial<{ outlet: string; articleId: string; minWeight: number; maxNodes: number }>): void {
    Object.assign(this, patch);
    this.selected = null;
    void this.load();
  }

  static styles = css`
    :host { display: block; height: 100%; }
    .page { display: grid; grid-template-rows: auto auto auto 1fr; height: 100%; box-sizing: border-box; padding: 1rem 1.5rem; gap: 0.6rem; }
    h1 { font-family: var(--q-serif); margin: 0; font-size: 1.6rem; }
    .lede { margin: 0.2rem 0 0; color: var(--q-muted); max-width: 60rem; font-size: 0.95rem; }
    .controls { display: flex; flex-wrap: wrap; gap: 0.6rem 1.2rem; align-items: center; font-size: 0.9rem; }
    .controls label { display: flex; gap: 0.4rem; align-items: center; color: var(--q-muted); }
    select, input[type='number'] { font: inherit; padding: 0.2rem 0.3rem; border: 1px solid var(--q-border); border-radius: 5px; background: var(--q-panel); color: var(--q-text); }
    select.article { max-width: 22rem; }
    input[type='number'] { width: 4.5rem; }
    .body { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 1rem; min-height: 28rem; }
    .canvas { position: relative; border: 1px solid var(--q-border); border-radius: 8px; background: #fffdf9; min-height: 28rem; }
    .graph { position: absolute; inset: 2.4rem 0 2.2rem 0; }
    .overlay { position: absolute; inset: 40% 0 auto; text-align: center; color: var(--q-muted); }
    .legend { position: absolute; top: 0.5rem; left: 0.6rem; list-style: none; margin: 0; padding: 0.35rem 0.6rem; display: flex; gap: 0.8rem; font-size: 0.8rem; background: rgba(255, 255, 255, 0.85); border-radius: 6px; color: #333; }
    .dot { display: inline-block; width: 0.7rem; height: 0.7rem; border-radius: 50%; margin-right: 0.3rem; vertical-align: -0.05rem; }
    .count { position: absolute; bottom: 0; left: 0; right: 0; margin: 0; padding: 0.45rem 0.7rem; font-size: 0.8rem; color: var(--q-muted); border-top: 1px solid var(--q-border); display: flex; gap: 1rem; align-items: center; }
    .more, .ties button { font: inherit; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); border-radius: 5px; padding: 0.15rem 0.5rem; cursor: pointer; }
    aside { overflow: auto; border: 1px solid var(--q-border); border-radius: 8px; background: var(--q-panel); padding: 0.8rem 1rem; }
    aside h2 { font-size: 1rem; margin: 0 0 0.4rem; }
    .hint { color: var(--q-muted); font-size: 0.85rem; margin: 0 0 0.6rem; }
    .ties { padding-left: 1.4rem; margin: 0; font-size: 0.9rem; }
    .ties li { margin: 0.3rem 0; }
    .ties button { border: none; padding: 0; background: none; color: var(--q-accent); text-align: start; }
    .ties button:hover { text-decoration: underline; }
    .w { color: var(--q-muted); font-size: 0.8rem; }
    .status.error { color: var(--q-danger); }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-story-map': QuireStoryMap;
  }
}
