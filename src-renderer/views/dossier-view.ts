// A figure's dossier in the app: the same HTML the exports use, shown in a script-free frame whose citations open
// the cited passage; Export… downloads (web mode) or saves (desktop) a PDF, Markdown, HTML or JSON file.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ApiClient } from '../api/client';
import { apiContext } from '../app/context';
import { href } from '../app/router';
import { statusStyles } from './status-styles';

type Format = 'pdf' | 'md' | 'html' | 'json';

@customElement('quire-dossier')
export class QuireDossier extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @property() figureId = '';
  @state() private format: Format = 'pdf';
  @state() private paper: 'A4' | 'Letter' = 'A4';
  @state() private exporting = false;
  @state() private message = '';

  private dossier = new Task(this, {
    task: async ([figure]) => this.api.call('dossierHtml', { figure }),
    args: () => [this.figureId] as const,
  });

  render() {
    return html`<div class="bar" role="toolbar" aria-label="Dossier">
        <a href=${href('figure', this.figureId)}>← Figure</a>
        <span class="spacer"></span>
        <label>Format <select .value=${this.format} @change=${(e: Event) => (this.format = (e.target as HTMLSelectElement).value as Format)}>
          <option value="pdf">PDF</option><option value="md">Markdown</option><option value="html">HTML</option><option value="json">JSON</option></select></label>
        <label>Paper <select .value=${this.paper} ?disabled=${this.format !== 'pdf'} @change=${(e: Event) => (this.paper = (e.target as HTMLSelectElement).value as 'A4' | 'Letter')}>
          <option>A4</option><option>Letter</option></select></label>
        <button class="primary" ?disabled=${this.exporting} @click=${this.export}>${this.exporting ? 'Exporting…' : 'Export…'}</button>
      </div>
      ${this.message ? html`<p class="message" role="status">${this.message}</p>` : ''}
      ${this.dossier.render({
        pending: () => html`<p class="status pad" role="status">Building the dossier…</p>`,
        error: (e) => html`<p class="status error pad" role="alert">${(e as Error).message}</p>`,
        complete: (d) => html`<iframe title=${`Dossier of ${d.name}`} sandbox="allow-same-origin allow-top-navigation-by-user-activation"
          .srcdoc=${d.html} @load=${this.retargetLinks}></iframe>`,
      })}`;
  }

  /** Citations inside the frame open the passage in the app window, not inside the frame. */
  private retargetLinks(e: Event) {
    const doc = (e.target as HTMLIFrameElement).contentDocument;
    if (!doc) return;
    for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href^="#/"]')) {
      a.href = `${location.pathname}${location.search}${a.getAttribute('href')}`;
      a.target = '_top';
    }
  }

  private export = async () => {
    this.exporting = true;
    this.message = '';
    try {
      const out = await this.api.call('exportDossier', { figure: this.figureId, format: this.format, paper: this.paper });
      const bytes = Uint8Array.from(atob(out.base64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: out.mimeType }));
      const a = Object.assign(document.createElement('a'), { href: url, download: out.fileName });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.message = `Exported ${out.fileName}.`;
    } catch (err) {
      this.message = `Export failed: ${(err as Error).message}`;
    } finally {
      this.exporting = false;
    }
  };

  static styles = [
    statusStyles,
    css`
      :host { display: flex; flex-direction: column; height: 100%; }
      .bar { display: flex; align-items: center; gap: 1rem; padding: 0.5rem 1.25rem; border-bottom: 1px solid var(--q-border); background: var(--q-panel); }
      .bar a { color: var(--q-muted); text-decoration: none; }
      .spacer { flex: 1; }
      label { font-size: 0.85rem; color: var(--q-muted); display: flex; gap: 0.4rem; align-items: center; }
      select, button { font: inherit; font-size: 0.9rem; padding: 0.3rem 0.6rem; border-radius: 6px; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); }
      .primary { background: var(--q-accent); color: var(--q-accent-text); border-color: var(--q-accent); cursor: pointer; }
      iframe { flex: 1; width: 100%; border: 0; background: white; }
      .pad { padding: 1rem 2rem; }
      .message { margin: 0; padding: 0.4rem 1.25rem; background: var(--q-hover); }
    `,
  ];
}
