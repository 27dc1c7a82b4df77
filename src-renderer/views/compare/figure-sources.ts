// A figure across sources: what each outlet (copies counted once) says about the figure, side by side: the roles it
// gives and its sentences naming the figure, lined up by statement, with what one version has and another lacks marked.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ApiClient } from '../../api/client';
import type { ClaimVersion, FigureAcrossSources, SourceRole } from '../../../src-main/shared/contract/compare';
import type { Span } from '../../../src-main/shared/model';
import { apiContext } from '../../app/context';
import { href } from '../../app/router';
import { formatDate } from '../format';
import { statusStyles } from '../status-styles';

@customElement('quire-figure-sources')
export class QuireFigureSources extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @property() figureId = '';

  private data = new Task(this, {
    task: async ([figure]) => this.api.call('figureAcrossSources', { figure }),
    args: () => [this.figureId] as const,
  });

  render() {
    return this.data.render({
      pending: () => html`<p class="status" role="status">Comparing sources…</p>`,
      error: (e) => html`<p class="status error" role="alert">${(e as Error).message}</p>`,
      complete: (d) => (d.sources.length < 2 ? nothing : this.renderTable(d)),
    });
  }

  private renderTable(d: FigureAcrossSources) {
    return html`<section aria-labelledby="across">
      <h2 id="across">Across sources</h2>
      <p class="muted">What each source says about ${d.figure.name}; near copies count as one source. <mark class="legend">Marked</mark> words are
        missing from another source's version of the same statement or role.</p>
      <div class="scroll"><table>
        <thead><tr>${d.sources.map((s) => html`<th scope="col">
          <span class="label" dir="auto">${s.label}</span>
          <span class="muted">${s.articles.length > 1 ? `${s.articles.length} copies` : formatDate(s.articles[0].published)} · ${s.mentions} mention${s.mentions === 1 ? '' : 's'}</span>
        </th>`)}</tr></thead>
        <tbody>
          <tr class="roles">${d.sources.map((s) => html`<td>${s.roles.length
            ? html`<ul>${s.roles.map((r) => html`<li>${this.renderRole(r)}</li>`)}</ul>`
            : html`<span class="muted">no role given</span>`}</td>`)}</tr>
          ${d.rows.map((row) => html`<tr class=${row.cells.filter(Boolean).length > 1 ? 'shared' : 'single'}>${row.cells.map((c) => html`<td>${c ? this.renderClaim(c) : nothing}</td>`)}</tr>`)}
        </tbody>
      </table></div>
    </section>`;
  }

  private renderRole(r: SourceRole) {
    return html`<a href=${`${href('article', r.articleId)}?at=${r.start}-${r.end}`} class=${r.elsewhere ? 'role' : 'role own'}
      title=${r.elsewhere ? 'Another source gives this role too' : 'Only this source words the role so'}>${marked(r.text, r.marks)}</a>`;
  }

  private renderClaim(c: ClaimVersion) {
    return html`<a class="claim" dir="auto" href=${`${href('article', c.articleId)}?at=${c.start}-${c.end}`}>${marked(c.text, c.marks)}</a>`;
  }

  static styles = [
    statusStyles,
    css`
      h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--q-muted); margin: 2rem 0 0.4rem; }
      .muted { color: var(--q-muted); font-size: 0.85rem; }
      p.muted { margin: 0 0 0.6rem; }
      .scroll { overflow-x: auto; border: 1px solid var(--q-border); border-radius: 8px; background: var(--q-panel); }
      table { border-collapse: collapse; width: 100%; table-layout: fixed; min-width: 40rem; }
      th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.7rem; border-bottom: 1px solid var(--q-border); }
      th + th, td + td { border-left: 1px solid var(--q-border); }
      th { font-weight: 600; }
      .label { display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
      tr.roles td { background: var(--q-hover); }
      ul { margin: 0; padding-left: 1rem; }
      .claim, .role { color: var(--q-text); text-decoration: none; font-family: var(--q-serif); font-size: 0.95rem; line-height: 1.45; }
      .claim:hover, .role:hover { text-decoration: underline; }
      tr.single .claim { color: var(--q-muted); }
      mark { background: var(--q-mark-0); color: inherit; border-radius: 2px; padding: 0 0.1em; }
      mark.legend { font-size: 0.85rem; }
    `,
  ];
}

/** `text` with the given spans wrapped in <mark>. */
function marked(text: string, marks: Span[]) {
  const parts: unknown[] = [];
  let at = 0;
  for (const [s, e] of marks) {
    if (s < at) continue;
    parts.push(text.slice(at, s), html`<mark>${text.slice(s, e)}</mark>`);
    at = e;
  }
  parts.push(text.slice(at));
  return parts;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-figure-sources': QuireFigureSources;
  }
}
