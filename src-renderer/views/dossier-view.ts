// A figure's dossier in the app: the same HTML the exports use, shown in a script-free frame whose citations open
// the cited passage; the Export menu (a Shoelace dropdown) downloads a PDF (A4 or Letter), Markdown, HTML or JSON file.

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '@shoelace-style/shoelace/dist/components/dropdown/dropdown.js';
import '@shoelace-style/shoelace/dist/components/menu/menu.js';
import '@shoelace-style/shoelace/dist/components/menu-item/menu-item.js';
import '@shoelace-style/shoelace/dist/components/menu-label/menu-label.js';
import type { SlSelectEvent } from '@shoelace-style/shoelace'; // types only: nothing of the full bundle is imported
import type { ApiClient } from '../api/client';
import { apiContext } from '../app/context';
import { href } from '../app/router';
import { menuStyles } from '../ui/menu-styles';
import { statusStyles } from './status-styles';

type Format = 'pdf' | 'md' | 'html' | 'json';
type Paper = 'A4' | 'Letter';

/** The Export menu's choices; a value is "format" or "format:paper". */
const EXPORTS: { value: string; label: string }[] = [
  { value: 'pdf:A4', label: 'PDF (A4)' },
  { value: 'pdf:Letter', label: 'PDF (US Letter)' },
  { value: 'md', label: 'Markdown' },
  { value: 'html', label: 'HTML' },
  { value: 'json', label: 'JSON' },
];

@customElement('quire-dossier')
export class QuireDossier extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @property() figureId = '';
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
        <sl-dropdown placement="bottom-end" hoist ?disabled=${this.exporting}>
          <button slot="trigger" class="primary" aria-haspopup="true" aria-expanded="false" ?disabled=${this.exporting}>${this.exporting ? 'Exporting…' : 'Export…'}<span class="caret" aria-hidden="true"></span></button>
          <sl-menu @sl-select=${this.onExport}>
            <sl-menu-label>Save the dossier as</sl-menu-label>
            ${EXPORTS.map((x) => html`<sl-menu-item value=${x.value}>${x.label}</sl-menu-item>`)}
          </sl-menu>
        </sl-dropdown>
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

  private onExport = (e: SlSelectEvent) => {
    const [format, paper] = e.detail.item.value.split(':') as [Format, Paper | undefined];
    void this.export(format, paper ?? 'A4');
  };

  private async export(format: Format, paper: Paper) {
    this.exporting = true;
    this.message = '';
    try {
      const out = await this.api.call('exportDossier', { figure: this.figureId, format, paper });
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
  }

  static styles = [
    statusStyles,
    menuStyles,
    css`
      :host { display: flex; flex-direction: column; height: 100%; }
      .bar { display: flex; align-items: center; gap: 1rem; padding: 0.5rem 1.25rem; border-bottom: 1px solid var(--q-border); background: var(--q-panel); }
      .bar a { color: var(--q-muted); text-decoration: none; }
      .spacer { flex: 1; }
      button { font: inherit; font-size: 0.9rem; padding: 0.3rem 0.7rem; border-radius: 6px; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); display: inline-flex; align-items: center; gap: 0.45rem; }
      .primary { background: var(--q-accent); color: var(--q-accent-text); border-color: var(--q-accent); cursor: pointer; }
      .primary:disabled { opacity: 0.7; cursor: default; }
      button:focus-visible { outline: 2px solid var(--q-focus); outline-offset: 2px; }
      .caret { width: 0.4rem; height: 0.4rem; border-right: 2px solid currentColor; border-bottom: 2px solid currentColor; transform: translateY(-0.12rem) rotate(45deg); }
      iframe { flex: 1; width: 100%; border: 0; background: white; }
      .pad { padding: 1rem 2rem; }
      .message { margin: 0; padding: 0.4rem 1.25rem; background: var(--q-hover); }
    `,
  ];
}
