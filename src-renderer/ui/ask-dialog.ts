// Confirmations and short questions in a Shoelace dialog instead of window.confirm / window.prompt (which Electron
// does not implement): `ask` resolves with the answers, or null when the dialog is cancelled or dismissed.

import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import type SlDialog from '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import { dialogStyles } from './dialog-styles';
import { answers, type AskOptions } from './ask-answers';
import { rememberFocus } from './focus';

export type { AskField, AskOptions } from './ask-answers';

@customElement('quire-ask')
export class QuireAsk extends LitElement {
  @property({ attribute: false }) options: AskOptions = { title: '', confirm: 'OK' };
  @query('sl-dialog') private dialog!: SlDialog;
  @query('form') private form!: HTMLFormElement;
  private result: Record<string, string> | null = null;
  private settle: (r: Record<string, string> | null) => void = () => {};

  /** Shows the dialog; resolves once it has closed. */
  async run(): Promise<Record<string, string> | null> {
    const restoreFocus = rememberFocus();
    const done = new Promise<Record<string, string> | null>((resolve) => (this.settle = resolve));
    await this.updateComplete;
    await this.dialog.show();
    const result = await done;
    restoreFocus();
    return result;
  }

  private submit(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(this.form);
    const values = Object.fromEntries((this.options.fields ?? []).map((f) => [f.name, String(data.get(f.name) ?? '')]));
    const got = answers(this.options.fields ?? [], values);
    if (!got) {
      this.form.querySelector<HTMLInputElement>('input:invalid')?.focus();
      return;
    }
    this.result = got;
    void this.dialog.hide();
  }

  private afterHide(e: Event) {
    if (e.target === this.dialog) this.settle(this.result);
  }

  render() {
    const o = this.options;
    const fields = o.fields ?? [];
    return html`<sl-dialog label=${o.title} @sl-after-hide=${this.afterHide}>
      <form class="dialog-form" @submit=${this.submit} novalidate>
        ${o.message ? html`<p class="message">${o.message}</p>` : ''}
        ${fields.map(
          (f, i) => html`<label>${f.label}<input name=${f.name} .defaultValue=${f.value ?? ''} placeholder=${f.placeholder ?? ''}
            ?required=${!!f.required} ?autofocus=${i === 0} autocomplete="off" /></label>`,
        )}
        <div class="dialog-buttons">
          <button type="button" ?autofocus=${fields.length === 0 && !!o.danger} @click=${() => this.dialog.hide()}>Cancel</button>
          <button type="submit" class=${o.danger ? 'danger' : 'primary'} ?autofocus=${fields.length === 0 && !o.danger}>${o.confirm}</button>
        </div>
      </form>
    </sl-dialog>`;
  }

  static styles = [
    dialogStyles,
    css`
      sl-dialog { --width: min(28rem, calc(100vw - 3rem)); }
      .message { margin: 0 0 0.5rem; line-height: 1.45; }
    `,
  ];
}

/** Asks in a modal dialog; the answers by field name (an empty object when there are no fields), or null. */
export async function ask(options: AskOptions): Promise<Record<string, string> | null> {
  const el = document.createElement('quire-ask');
  el.options = options;
  document.body.append(el);
  try {
    return await el.run();
  } finally {
    el.remove();
  }
}

/** A yes/no question; true when confirmed. */
export async function confirmAction(options: Omit<AskOptions, 'fields'>): Promise<boolean> {
  return (await ask(options)) !== null;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-ask': QuireAsk;
  }
}
