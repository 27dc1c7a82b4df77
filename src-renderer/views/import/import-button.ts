// The "Import…" button: a native open dialog in the desktop app, a file picker in web mode; it asks <quire-import>.

import { consume } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import type { ApiClient } from '../../api/client';
import { apiContext } from '../../app/context';
import type { DesktopApi } from '../../../src-main/shared/desktop-api';
import type { ImportRequest } from './quire-import';
import { IMPORTABLE } from './gather-files';

@customElement('quire-import-button')
export class QuireImportButton extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @query('input') private input!: HTMLInputElement;

  private get desktop(): DesktopApi | undefined {
    return (window.quire as { desktop?: DesktopApi } | undefined)?.desktop;
  }

  private async choose() {
    const desktop = this.desktop;
    if (this.api.mode === 'desktop' && desktop) {
      const paths = await desktop.openFileDialog();
      if (paths.length) this.request({ paths });
    } else {
      this.input.value = '';
      this.input.click();
    }
  }

  private picked() {
    const files = Array.from(this.input.files ?? []).map((file) => ({ file, name: file.name }));
    if (files.length) this.request({ files });
  }

  private request(detail: ImportRequest) {
    window.dispatchEvent(new CustomEvent('quire-import', { detail }));
  }

  render() {
    return html`<button @click=${this.choose} title="Import .txt, .md, .html, .pdf or .epub files (or drop them on the window)">Import…</button>
      <input type="file" multiple accept=${IMPORTABLE.map((e) => `.${e}`).join(',')} @change=${this.picked} hidden aria-hidden="true" tabindex="-1" />`;
  }

  static styles = css`
    button { font: inherit; font-size: 0.9rem; padding: 0.35rem 0.9rem; border-radius: 6px; border: 1px solid var(--q-accent); background: var(--q-accent); color: var(--q-accent-text); cursor: pointer; }
    button:hover { filter: brightness(1.08); }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-import-button': QuireImportButton;
  }
}
