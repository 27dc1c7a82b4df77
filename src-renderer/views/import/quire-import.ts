// Import in the app: files dropped anywhere on the window (folders too) or chosen with "Import…", sent as an import
// job, a progress bar with count and cancel while it runs, then the report (imported / already there / skipped) in
// a Shoelace dialog.
//
// Other views ask for an import with a `quire-import` window event ({files} or {paths} in detail); when a job ends,
// `quire-articles-changed` is sent on window so lists refresh. Every upload goes as base64 bytes.

import { consume } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import type { ApiClient } from '../../api/client';
import { apiContext } from '../../app/context';
import type { ImportStatus } from '../../../src-main/shared/contract/imports';
import type { ImportReport } from '../../../src-main/shared/contract/schemas';
import { dialogStyles } from '../../ui/dialog-styles';
import { rememberFocus } from '../../ui/focus';
import { batches, filesFromDrop, sortFiles, toBase64 } from './gather-files';

export type ImportRequest = { files: { file: File; name: string }[] } | { paths: string[] };

const POLL_MS = 250;

@customElement('quire-import')
export class QuireImport extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @state() private dragging = false;
  @state() private status: ImportStatus | null = null;
  @state() private report: ImportReport | null = null;
  @state() private error = '';
  /** The report dialog is open (its content stays until it has faded out). */
  @state() private reportOpen = false;
  private reportHidden: Promise<void> = Promise.resolve();
  private markReportHidden = () => {};
  private jobId = '';
  private dragDepth = 0;
  private expected = 0; // files being uploaded for the running job
  private restoreFocus: (() => void) | null = null; // where focus was when the report opened

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('dragenter', this.onDragEnter);
    window.addEventListener('dragover', this.onDragOver);
    window.addEventListener('dragleave', this.onDragLeave);
    window.addEventListener('drop', this.onDrop);
    window.addEventListener('quire-import', this.onRequest as EventListener);
  }

  disconnectedCallback(): void {
    window.removeEventListener('dragenter', this.onDragEnter);
    window.removeEventListener('dragover', this.onDragOver);
    window.removeEventListener('dragleave', this.onDragLeave);
    window.removeEventListener('drop', this.onDrop);
    window.removeEventListener('quire-import', this.onRequest as EventListener);
    super.disconnectedCallback();
  }

  private hasFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');

  private onDragEnter = (e: DragEvent) => {
    if (!this.hasFiles(e)) return;
    this.dragDepth++;
    this.dragging = true;
  };

  private onDragOver = (e: DragEvent) => {
    if (!this.hasFiles(e)) return;
    e.preventDefault(); // allow the drop (and never let the browser open the file)
    e.dataTransfer!.dropEffect = 'copy';
  };

  private onDragLeave = (e: DragEvent) => {
    if (!this.hasFiles(e)) return;
    this.dragDepth = Math.max(0, this.dragDepth - 1);
    if (this.dragDepth === 0) this.dragging = false;
  };

  private onDrop = async (e: DragEvent) => {
    if (!this.hasFiles(e)) return;
    e.preventDefault();
    this.dragDepth = 0;
    this.dragging = false;
    void this.start({ files: await filesFromDrop(e.dataTransfer!) });
  };

  private onRequest = (e: CustomEvent<ImportRequest>) => void this.start(e.detail);

  /** Runs one import to its end; a second request while one runs waits for it. */
  private running: Promise<void> = Promise.resolve();
  start(request: ImportRequest): Promise<void> {
    this.running = this.running.then(() => this.run(request));
    return this.running;
  }

  private async run(request: ImportRequest): Promise<void> {
    this.reportOpen = false; // a report still open fades out
    let localSkips: ImportReport['skipped'] = [];
    try {
      if ('paths' in request) {
        if (request.paths.length === 0) return;
        this.jobId = (await this.api.call('startImportPaths', { paths: request.paths })).jobId;
      } else {
        const { files, skipped } = sortFiles(request.files);
        localSkips = skipped;
        if (files.length === 0) {
          await this.showReport({ imported: [], present: [], skipped }, '');
          return;
        }
        this.expected = files.length;
        this.status = { jobId: '', done: 0, total: files.length, current: null, cancelled: false, finished: false };
        const groups = batches(files);
        let polling: Promise<ImportStatus> | null = null;
        for (const [i, group] of groups.entries()) {
          if (this.status?.cancelled) break;
          const uploads = await Promise.all(group.map(async (f) => ({ name: f.name, content: await toBase64(f.file), base64: true })));
          const more = i < groups.length - 1;
          if (i === 0) {
            this.jobId = (await this.api.call('startImport', { files: uploads, more })).jobId;
            polling = this.poll(); // the bar moves while later batches upload
          } else await this.api.call('appendImport', { jobId: this.jobId, files: uploads, more });
        }
        if (polling) await polling;
      }
      const final = await this.poll();
      await this.showReport(final.report ? { ...final.report, skipped: [...localSkips, ...final.report.skipped] } : null, final.error ?? '');
    } catch (e) {
      await this.showReport(null, (e as Error).message);
    } finally {
      this.status = null;
      this.expected = 0;
      window.dispatchEvent(new CustomEvent('quire-articles-changed'));
    }
  }

  /** Opens the report dialog, once an earlier one has finished closing (Shoelace's dialog must not reopen mid-fade). */
  private async showReport(report: ImportReport | null, error: string): Promise<void> {
    await this.updateComplete;
    await this.renderRoot.querySelector('sl-dialog')?.updateComplete;
    await this.reportHidden;
    this.restoreFocus = rememberFocus();
    this.report = report;
    this.error = error;
    this.reportOpen = true;
  }

  private async poll(): Promise<ImportStatus> {
    for (;;) {
      const s = await this.api.call('importStatus', { jobId: this.jobId });
      this.status = s.finished ? s : { ...s, total: Math.max(s.total, this.expected) };
      if (s.finished) return s;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  private async cancel() {
    if (!this.jobId || !this.status) return;
    this.status = { ...this.status, cancelled: true };
    this.status = await this.api.call('cancelImport', { jobId: this.jobId });
  }

  render() {
    return html`
      ${this.dragging ? html`<div class="drop" aria-hidden="true"><p>Drop files or folders to import them</p></div>` : ''}
      ${this.status ? this.renderProgress(this.status) : ''}
      <sl-dialog label="Import finished" .open=${this.reportOpen} @sl-hide=${this.onReportHide} @sl-after-hide=${this.onReportClosed}>
        ${this.report || this.error ? this.renderReport() : ''}
      </sl-dialog>
    `;
  }

  private renderProgress(s: ImportStatus) {
    const name = s.current ? s.current.split('/').pop() : '';
    return html`<section class="panel" role="status" aria-label="Import progress">
      <div class="row">
        <strong>${s.cancelled ? 'Stopping the import…' : 'Importing'}</strong>
        <span class="count">${s.done.toLocaleString()} / ${s.total.toLocaleString()} files</span>
      </div>
      <progress max=${Math.max(1, s.total)} .value=${s.done} aria-label="Files imported"></progress>
      <div class="row">
        <span class="current" title=${s.current ?? ''}>${name}</span>
        <button @click=${this.cancel} ?disabled=${s.cancelled}>Cancel</button>
      </div>
    </section>`;
  }

  /** The report is closing (its Close button, Escape, a click outside, or a new import). */
  private onReportHide = (e: Event) => {
    if (e.target !== e.currentTarget) return;
    this.reportOpen = false;
    this.reportHidden = new Promise((resolve) => (this.markReportHidden = resolve));
  };

  /** The report has closed: forget it (unless a newer one is on its way) and give focus back. */
  private onReportClosed = (e: Event) => {
    if (e.target !== e.currentTarget) return;
    this.markReportHidden();
    if (this.reportOpen) return;
    this.report = null;
    this.error = '';
    this.restoreFocus?.();
    this.restoreFocus = null;
  };

  private renderReport() {
    const r = this.report ?? { imported: [], present: [], skipped: [] };
    const summary = `${r.imported.length} imported, ${r.present.length} already in the notebook, ${r.skipped.length} skipped`;
    return html`${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      <p class="summary">${summary}</p>
      <div class="lists">
        ${this.list('Imported', r.imported.map((e) => html`<li><a href=${`#/article/${e.id}`}>${e.title}</a> <span class="file">${e.file}</span></li>`))}
        ${this.list('Already in the notebook', r.present.map((e) => html`<li>${e.title} <span class="file">${e.file}</span></li>`))}
        ${this.list('Skipped', r.skipped.map((e) => html`<li><span class="file">${e.file}</span>: <span class="reason">${e.reason}</span></li>`), 'skipped')}
      </div>`;
  }

  private list(title: string, items: unknown[], cls = '') {
    if (items.length === 0) return '';
    return html`<details class=${cls} ?open=${cls === 'skipped' || items.length <= 8}><summary>${title} (${items.length})</summary><ul>${items}</ul></details>`;
  }

  static styles = [
    dialogStyles,
    css`
      sl-dialog { --width: min(34rem, calc(100vw - 2.5rem)); font-size: 0.9rem; }
      .drop { position: fixed; inset: 0; z-index: 50; display: grid; place-items: center; background: rgb(0 0 0 / 0.35); pointer-events: none; }
      .drop p { background: var(--q-panel); color: var(--q-text); padding: 1.5rem 2.5rem; border-radius: 12px; border: 2px dashed var(--q-accent); font-size: 1.2rem; }
      .panel { position: fixed; right: 1.25rem; bottom: 1.25rem; z-index: 40; width: min(30rem, calc(100vw - 2.5rem)); max-height: 60vh; overflow: auto; background: var(--q-panel); color: var(--q-text); border: 1px solid var(--q-border); border-radius: 10px; padding: 0.9rem 1rem; box-shadow: 0 8px 28px rgb(0 0 0 / 0.18); font-size: 0.9rem; }
      .row { display: flex; align-items: center; justify-content: space-between; gap: 0.75rem; }
      progress { width: 100%; margin: 0.5rem 0; height: 0.8rem; accent-color: var(--q-accent); }
      .count { font-variant-numeric: tabular-nums; color: var(--q-muted); }
      .current { color: var(--q-muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
      button { font: inherit; padding: 0.25rem 0.8rem; border-radius: 6px; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); cursor: pointer; }
      .summary { margin: 0.4rem 0; }
      .error { color: var(--q-danger); }
      ul { margin: 0.3rem 0 0.6rem; padding-left: 1.2rem; }
      li { margin: 0.15rem 0; overflow-wrap: anywhere; }
      .file { color: var(--q-muted); font-size: 0.85em; }
      .skipped summary { color: var(--q-danger); }
      a { color: var(--q-text); }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-import': QuireImport;
  }
  interface WindowEventMap {
    'quire-import': CustomEvent<ImportRequest>;
    'quire-articles-changed': CustomEvent;
  }
}
