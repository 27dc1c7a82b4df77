// A figure's page: names, roles and quotes with their sources, every mention in context by article, co-mentioned
// figures, and curation (rename, split an alias, merge, not a person, answer merge suggestions).

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '@shoelace-style/shoelace/dist/components/dropdown/dropdown.js';
import '@shoelace-style/shoelace/dist/components/icon/icon.js';
import '@shoelace-style/shoelace/dist/components/menu/menu.js';
import '@shoelace-style/shoelace/dist/components/menu-item/menu-item.js';
import '@shoelace-style/shoelace/dist/components/tooltip/tooltip.js';
import type { SlSelectEvent } from '@shoelace-style/shoelace'; // types only: nothing of the full bundle is imported
import type { ApiClient } from '../api/client';
import type { FigureDetail } from '../../src-main/shared/contract/figures';
import type { Attribution } from '../../src-main/shared/model';
import { apiContext } from '../app/context';
import { href } from '../app/router';
import { formatDate } from './format';
import { ask } from '../ui/ask-dialog';
import { menuStyles } from '../ui/menu-styles';
import { statusStyles } from './status-styles';
import './compare/figure-sources';

/** Sources listed after a role or quote before the rest fold behind "+N more". */
const CITES_SHOWN = 4;

/** Statements with the same words (a role repeated by several sources, a quote in two copies) shown once, all cited. */
function grouped(items: Attribution[]): [string, Attribution[]][] {
  const out = new Map<string, [string, Attribution[]]>();
  for (const a of items) {
    const key = a.text.toLowerCase().replace(/^(the|a|an)\s+/, '').replace(/\W+/g, ' ').trim();
    const entry = out.get(key);
    if (entry) entry[1].push(a);
    else out.set(key, [a.text, [a]]);
  }
  return [...out.values()];
}

@customElement('quire-figure')
export class QuireFigure extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @property() figureId = '';
  @state() private message = '';
  private version = 0;

  private detail = new Task(this, {
    task: async ([id]) => this.api.call('getFigure', { id }),
    args: () => [this.figureId, this.version] as const,
  });

  render() {
    return this.detail.render({
      pending: () => html`<p class="status wrap" role="status">Opening the figure…</p>`,
      error: (e) => html`<div class="wrap"><p class="status error" role="alert">${(e as Error).message}</p><a href="#/figures">All figures</a></div>`,
      complete: (d) => this.renderFigure(d),
    });
  }

  private cite(a: Attribution, titles: Map<string, string>) {
    return html`<a class="cite" href=${`${href('article', a.articleId)}?at=${a.start}-${a.end}`} title=${titles.get(a.articleId) ?? ''}>${titles.get(a.articleId) ?? 'source'}</a>`;
  }

  /** The sources of one statement: the first few, the rest behind "+N more" (a role can be cited by 100 articles). */
  private cites(items: Attribution[], titles: Map<string, string>) {
    const shown = items.slice(0, CITES_SHOWN).map((a) => this.cite(a, titles));
    if (items.length <= CITES_SHOWN) return shown;
    const rest = items.slice(CITES_SHOWN);
    return html`${shown}<details class="more-cites"><summary>+${rest.length} more</summary>${rest.map((a) => this.cite(a, titles))}</details>`;
  }

  private renderFigure(d: FigureDetail) {
    const f = d.figure;
    const titles = new Map(d.byArticle.map((a) => [a.articleId, a.title]));
    return html`<article class="wrap">
      <p class="back"><a href="#/figures">← Figures</a></p>
      <header>
        <h1 dir="auto">${f.name}</h1>
        <div class="actions">
          <a class="button primary" href=${`${href('figure', f.id)}/dossier`}>Dossier</a>
          <button @click=${this.rename}>Rename…</button>
          <sl-tooltip content="More actions" placement="top">
            <sl-dropdown placement="bottom-end" hoist>
              <button slot="trigger" class="icon" aria-label="More actions" aria-haspopup="true" aria-expanded="false"><sl-icon name="three-dots"></sl-icon></button>
              <sl-menu @sl-select=${this.onMore}>
                <sl-menu-item value="merge">Merge with…</sl-menu-item>
                <sl-menu-item value="not-a-person">Not a person</sl-menu-item>
              </sl-menu>
            </sl-dropdown>
          </sl-tooltip>
        </div>
      </header>
      ${this.message ? html`<p class="message" role="status">${this.message}</p>` : ''}
      <p class="meta">${f.articles.length} article${f.articles.length === 1 ? '' : 's'} · ${f.mentions} mention${f.mentions === 1 ? '' : 's'}
        ${f.confidence === 'low' ? html` · <strong>surname only</strong>: never named in full in its article` : ''}</p>
      ${f.aliases.length ? html`<section><h2>Also named</h2><ul class="aliases">${f.aliases.map((a) => html`<li><span dir="auto">${a}</span>
        <button class="small" @click=${() => this.split(a)} title="This name is someone else: make it a figure of its own">Split off</button></li>`)}</ul></section>` : ''}
      ${d.suggestions.length ? html`<section class="suggest"><h2>Possibly the same person</h2><ul>${d.suggestions.map((s) => html`<li>
        <a href=${href('figure', s.otherId)}>${s.otherName}</a> <span class="muted">${s.reason}</span>
        <span class="verdict">Same person?
          <button class="small" @click=${() => this.merge(s.otherId, 'yes')}>Yes, merge</button>
          <button class="small" @click=${() => this.merge(s.otherId, 'no')}>No</button>
          <button class="small" aria-pressed=${s.verdict === 'unsure'} @click=${() => this.merge(s.otherId, 'unsure')}>Unsure</button></span></li>`)}</ul></section>` : ''}
      <section><h2>Roles</h2>${f.roles.length ? html`<ul>${grouped(f.roles).map(([text, rs]) => html`<li><span dir="auto">${text}</span> ${this.cites(rs, titles)}</li>`)}</ul>` : html`<p class="muted">No role stated in the articles.</p>`}</section>
      <section><h2>Quotes</h2>${f.quotes.length ? grouped(f.quotes).map(([text, qs]) => html`<blockquote dir="auto">“${text}” ${this.cites(qs, titles)}</blockquote>`) : html`<p class="muted">No direct quotes attributed.</p>`}</section>
      <quire-figure-sources .figureId=${f.id}></quire-figure-sources>
      <section><h2>Mentions</h2>${d.byArticle.map((a) => html`<div class="art">
        <h3><a href=${href('article', a.articleId)}>${a.title}</a> <span class="muted">${[a.outlet, formatDate(a.published)].filter(Boolean).join(' · ')}</span></h3>
        <ol>${a.mentions.map((m) => html`<li><a class="ctx" href=${`${href('article', a.articleId)}?at=${m.start}-${m.end}`}>
          <span class="pn">¶${m.paragraph}</span> <span dir="auto">…${m.before}<mark>${m.text}</mark>${m.after}…</span></a></li>`)}</ol></div>`)}</section>
      ${d.related.length ? html`<section><h2>Mentioned with</h2><ul class="related">${d.related.map((r) => html`<li><a href=${href('figure', r.id)}>${r.name}</a> <span class="muted">${r.count}</span></li>`)}</ul></section>` : ''}
      <section><quire-backlinks kind="figure" item-id=${f.id}></quire-backlinks></section>
    </article>`;
  }

  private async act(run: () => Promise<{ figureId: string | null }>, done: string) {
    try {
      const { figureId } = await run();
      this.message = done;
      if (figureId && figureId !== this.figureId) location.hash = href('figure', figureId);
      else this.version++;
    } catch (e) {
      this.message = (e as Error).message;
    }
  }

  private onMore = (e: SlSelectEvent) => {
    const action = e.detail.item.value;
    if (action === 'merge') void this.mergeWith();
    else if (action === 'not-a-person') this.notAPerson();
  };

  private rename = async () => {
    const got = await ask({ title: 'Rename this figure', fields: [{ name: 'name', label: 'New name', value: this.detail.value?.figure.name ?? '', required: true }], confirm: 'Rename' });
    const name = got?.name;
    if (name) void this.act(() => this.api.call('decideFigure', { kind: 'rename', figureKey: this.figureId, name }), `Renamed to ${name}.`);
  };

  /** Merge with another figure named by the user (any of its names or its id). */
  private mergeWith = async () => {
    const got = await ask({ title: 'Merge with another figure', message: 'Their names, mentions and quotes become this figure’s.', fields: [{ name: 'other', label: 'The other figure (a name or id)', required: true }], confirm: 'Merge' });
    const other = got?.other;
    if (!other) return;
    try {
      const target = await this.api.call('getFigure', { id: other });
      if (target.figure.id === this.figureId) throw new Error('That is this figure.');
      void this.act(() => this.api.call('decideFigure', { kind: 'merge', a: this.figureId, b: target.figure.id, verdict: 'yes' }), `Merged with ${target.figure.name}.`);
    } catch (e) {
      this.message = (e as Error).message;
    }
  };

  private notAPerson = () => {
    void this.act(() => this.api.call('decideFigure', { kind: 'not-a-person', figureKey: this.figureId }), 'Marked as not a person: hidden from figures.');
  };

  private split(alias: string) {
    void this.act(() => this.api.call('decideFigure', { kind: 'split', figureKey: this.figureId, alias }), `“${alias}” is now a figure of its own.`);
  }

  private merge(otherId: string, verdict: 'yes' | 'no' | 'unsure') {
    const text = verdict === 'yes' ? 'Merged.' : verdict === 'no' ? 'Kept apart.' : 'Left unsure.';
    void this.act(() => this.api.call('decideFigure', { kind: 'merge', a: this.figureId, b: otherId, verdict }), text);
  }

  static styles = [
    statusStyles,
    menuStyles,
    css`
      .wrap { max-width: 52rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
      .back a, .muted { color: var(--q-muted); text-decoration: none; font-size: 0.9rem; }
      header { display: flex; align-items: center; justify-content: space-between; gap: 1rem; flex-wrap: wrap; }
      h1 { font-family: var(--q-serif); font-size: 2.1rem; margin: 0.3rem 0; }
      h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--q-muted); margin: 2rem 0 0.6rem; }
      h3 { font-size: 1rem; margin: 1rem 0 0.4rem; }
      h3 a { color: var(--q-text); }
      .meta { color: var(--q-muted); }
      .actions { display: flex; gap: 0.5rem; align-items: center; }
      button.icon { display: inline-flex; align-items: center; padding: 0.45rem 0.55rem; font-size: 1rem; }
      button:hover, .button:hover { background: var(--q-hover); }
      .button.primary:hover { background: var(--q-accent); filter: brightness(1.08); }
      button:focus-visible, .button:focus-visible { outline: 2px solid var(--q-focus); outline-offset: 2px; }
      button, .button { font: inherit; font-size: 0.9rem; padding: 0.35rem 0.8rem; border-radius: 6px; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); cursor: pointer; text-decoration: none; }
      .primary { background: var(--q-accent); color: var(--q-accent-text); border-color: var(--q-accent); }
      button.small { font-size: 0.78rem; padding: 0.1rem 0.5rem; }
      button[aria-pressed='true'] { background: var(--q-hover); }
      ul { padding-left: 1.2rem; }
      li { margin: 0.3rem 0; }
      .aliases li { display: flex; gap: 0.6rem; align-items: center; }
      blockquote { font-family: var(--q-serif); margin: 0.5rem 0; padding: 0.4rem 0.9rem; border-left: 3px solid var(--q-accent); }
      .cite { font-size: 0.8rem; color: var(--q-muted); margin-left: 0.3rem; }
      .cite + .cite::before { content: '· '; }
      .more-cites { display: inline; font-size: 0.8rem; color: var(--q-muted); margin-left: 0.3rem; }
      .more-cites summary { display: inline; cursor: pointer; text-decoration: underline dotted; }
      .more-cites[open] summary { display: none; }
      .art ol { list-style: none; padding: 0; }
      .ctx { display: block; color: var(--q-text); text-decoration: none; font-family: var(--q-serif); padding: 0.3rem 0.5rem; border-radius: 4px; }
      .ctx:hover { background: var(--q-hover); }
      .pn { font-family: var(--q-sans); font-size: 0.75rem; color: var(--q-muted); }
      mark { background: var(--q-mark-0); color: inherit; padding: 0 0.1rem; border-radius: 2px; }
      .suggest li { display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: baseline; }
      .verdict { display: inline-flex; gap: 0.3rem; align-items: baseline; font-size: 0.85rem; }
      .message { background: var(--q-hover); padding: 0.5rem 0.8rem; border-radius: 6px; }
      .related { display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; list-style: none; padding: 0; }
    `,
  ];
}
