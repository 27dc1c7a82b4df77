// The timeline (#/timeline, #/timeline?figure=<id>): dated events read from the articles, oldest first, each with
// its sentence, its figures and its citation. Dates can be corrected and events dismissed (kept in the notebook).

import { consume } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ApiClient } from '../../api/client';
import type { TimelineEntry } from '../../../src-main/shared/contract/storymap';
import { apiContext } from '../../app/context';
import { href } from '../../app/router';
import { cssId, timelineChart } from './timeline-chart';

const PAGE = 300;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function whenLabel(e: Pick<TimelineEntry, 'date' | 'end' | 'precision'>): string {
  const d = new Date(`${e.date}T00:00:00Z`);
  const day = (x: Date) => `${x.getUTCDate()} ${MONTHS[x.getUTCMonth()]} ${x.getUTCFullYear()}`;
  if (e.precision === 'year') return e.date.slice(0, 4);
  if (e.precision === 'month') return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (e.date === e.end) return `${WEEKDAYS[d.getUTCDay()]} ${day(d)}`;
  return `${day(d)} – ${day(new Date(`${e.end}T00:00:00Z`))}`;
}

@customElement('quire-timeline')
export class QuireTimeline extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @property() figure = '';
  @state() private events: TimelineEntry[] | null = null;
  @state() private error = '';
  @state() private shown = PAGE;
  @state() private includeDismissed = false;
  @state() private editing = '';

  connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  protected updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('figure') && changed.get('figure') !== undefined) void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.events = await this.api.call('storyTimeline', { figure: this.figure || undefined, includeDismissed: this.includeDismissed });
      this.error = '';
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  private async edit(key: string, patch: { date?: string | null; dismissed?: boolean }): Promise<void> {
    await this.api.call('editTimelineEvent', { eventKey: key, ...patch });
    this.editing = '';
    await this.load();
  }

  render() {
    const events = this.events;
    const name = this.figure && events?.[0]?.figures.find((f) => f.id === this.figure)?.name;
    return html`<section class="page">
      <h1>Timeline${name ? html` of <a href=${href('figure', this.figure)}>${name}</a>` : ''}</h1>
      ${this.error ? html`<p class="status error" role="alert">${this.error}</p>` : ''}
      ${events === null ? html`<p class="status" role="status">Reading the dates in the articles…</p>` : this.renderBody(events)}
    </section>`;
  }

  private renderBody(events: TimelineEntry[]) {
    if (!events.length) return html`<p class="status">No dated events${this.figure ? ' name this figure' : ''}.</p>`;
    const live = events.filter((e) => !e.dismissed);
    const dated = live.filter((e) => e.precision === 'day' && e.date === e.end);
    const first = dated[0] ?? live[0];
    const last = dated[dated.length - 1] ?? live[live.length - 1];
    const articles = new Set(events.map((e) => e.articleId)).size;
    const inferred = live.find((e) => e.reference && e.reference.kind !== 'published')?.reference;
    const source = inferred?.articleId && events.find((e) => e.articleId === inferred.articleId);
    return html`
      <p class="summary">${live.length} dated events in ${articles} articles${first && last ? html`, most between <strong>${whenLabel(first)}</strong> and <strong>${whenLabel(last)}</strong>` : ''}.</p>
      ${inferred ? html`<p class="notice">Some articles carry no publication date, so relative dates (“on Monday”, “last week”) are read against
        <strong>${whenLabel({ date: inferred.date, end: inferred.date, precision: 'day' })}</strong>, the latest full date written in
        ${inferred.kind === 'article' ? 'the same article' : html`the notebook${source ? html` (“${inferred.text}”, in <a href=${href('article', source.articleId)}>${source.title}</a>)` : ''}`}.
        Such dates are marked <span class="tag">inferred</span>; set an article's date in the library, or correct an event, to fix them.</p>` : ''}
      ${timelineChart(live)}
      <label class="toggle"><input type="checkbox" .checked=${this.includeDismissed}
        @change=${(e: Event) => { this.includeDismissed = (e.target as HTMLInputElement).checked; void this.load(); }} /> Show dismissed events</label>
      <ol class="events">${events.slice(0, this.shown).map((e) => this.renderEvent(e))}</ol>
      ${events.length > this.shown ? html`<button class="more" @click=${() => (this.shown += PAGE)}>Show ${Math.min(PAGE, events.length - this.shown)} more</button>` : ''}`;
  }

  private renderEvent(e: TimelineEntry) {
    const at = e.expression.start - e.sentence[0];
    const before = e.text.slice(0, at);
    const after = e.text.slice(at + e.expression.text.length);
    return html`<li id=${`ev-${cssId(e.key)}`} class=${e.dismissed ? 'dismissed' : ''}>
      <div class="when">
        <span class="date">${whenLabel(e)}</span>
        ${e.edited ? html`<span class="tag">corrected</span>` : e.reference && e.reference.kind !== 'published' ? html`<span class="tag" title=${`read against ${e.reference.date}`}>inferred</span>` : ''}
      </div>
      <div class="what">
        <p class="sentence" dir="auto">${before}<mark>${e.expression.text}</mark>${after}</p>
        <p class="meta">
          <a class="cite" href=${e.href}>${e.title}, ¶${e.paragraph}</a>${e.outlet ? html` · ${e.outlet}` : ''}
          ${e.figures.map((f) => html` <a class="chip" href=${href('figure', f.id)}>${f.name}</a>`)}
        </p>
        <div class="actions">
          ${this.editing === e.key
            ? html`<form @submit=${(ev: Event) => { ev.preventDefault(); const v = (ev.target as HTMLFormElement).querySelector('input')!.value; if (v) void this.edit(e.key, { date: v }); }}>
                <input type="date" aria-label="Corrected date" .value=${e.date} /> <button type="submit">Save</button>
                ${e.edited ? html`<button type="button" @click=${() => this.edit(e.key, { date: null })}>Use the text's date</button>` : ''}
                <button type="button" @click=${() => (this.editing = '')}>Cancel</button></form>`
            : html`<button @click=${() => (this.editing = e.key)}>Correct date</button>
                <button @click=${() => this.edit(e.key, { dismissed: !e.dismissed })}>${e.dismissed ? 'Restore' : 'Dismiss'}</button>`}
        </div>
      </div>
    </li>`;
  }

  static styles = css`
    :host { display: block; }
    .page { max-width: 62rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
    h1 { font-family: var(--q-serif); font-size: 1.6rem; margin: 0 0 0.3rem; }
    h1 a { color: var(--q-accent); text-decoration: none; }
    .summary { margin: 0 0 0.4rem; }
    .notice { font-size: 0.85rem; color: var(--q-muted); background: var(--q-panel); border: 1px solid var(--q-border); border-radius: 6px; padding: 0.45rem 0.7rem; margin: 0 0 0.6rem; }
    .notice a { color: var(--q-accent); }
    .chart { width: 100%; height: auto; color: var(--q-text); margin: 0.3rem 0 0; }
    .chart .mark { fill: #c9b9a6; }
    .chart .mark.named { fill: var(--q-accent); }
    .chart .range { fill: var(--q-accent); fill-opacity: 0.25; stroke: var(--q-accent); stroke-opacity: 0.6; }
    .outside { font-size: 0.8rem; color: var(--q-muted); margin: 0; }
    .toggle { display: block; font-size: 0.85rem; color: var(--q-muted); margin: 0.6rem 0; }
    .events { list-style: none; padding: 0; margin: 0; border-top: 1px solid var(--q-border); }
    .events > li { display: grid; grid-template-columns: 12.5rem 1fr; gap: 1rem; padding: 0.7rem 0; border-bottom: 1px solid var(--q-border); }
    .events > li.dismissed { opacity: 0.5; }
    .date { font-weight: 600; display: block; }
    .tag { display: inline-block; font-size: 0.72rem; color: var(--q-muted); border: 1px solid var(--q-border); border-radius: 999px; padding: 0 0.45rem; margin-top: 0.2rem; }
    .sentence { margin: 0; font-family: var(--q-serif); line-height: 1.45; }
    mark { background: var(--q-mark-0); color: inherit; border-radius: 2px; padding: 0 1px; }
    .meta { margin: 0.3rem 0 0; font-size: 0.82rem; color: var(--q-muted); }
    .cite { color: var(--q-accent); }
    .chip { display: inline-block; text-decoration: none; color: var(--q-text); background: var(--q-hover); border-radius: 999px; padding: 0 0.5rem; margin: 0.1rem 0 0 0.2rem; }
    .actions { margin-top: 0.3rem; display: flex; gap: 0.4rem; }
    .actions button, .more { font: inherit; font-size: 0.78rem; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-muted); border-radius: 5px; padding: 0.1rem 0.5rem; cursor: pointer; }
    .actions input { font: inherit; font-size: 0.8rem; }
    .status.error { color: var(--q-danger); }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-timeline': QuireTimeline;
  }
}
