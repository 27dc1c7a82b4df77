// A Markdown editor on CodeMirror 6 with [[link]] autocomplete (figures, articles, notes). Emits `note-change`
// at most every 400 ms while typing, and at once on blur or when removed, so no keystroke is lost.

import { autocompletion, closeBrackets, completionKeymap, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { EditorState } from '@codemirror/state';
import { EditorView, drawSelection, keymap, placeholder as cmPlaceholder } from '@codemirror/view';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LinkTargetsView } from '../../../src-main/shared/contract/highlights';

export const NOTE_DEBOUNCE_MS = 400;

/** CodeMirror's own styles win over the shadow root's, so the look is set through its theme. */
const editorTheme = EditorView.theme({
  '&': { fontSize: '0.95rem', color: 'var(--q-text)', backgroundColor: 'transparent' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'var(--q-sans)', lineHeight: '1.55' },
  '.cm-content': { caretColor: 'var(--q-text)', padding: '0.5rem 0.6rem' },
  '.cm-placeholder': { color: 'var(--q-muted)' },
  '.cm-tooltip-autocomplete': { fontFamily: 'var(--q-sans)' },
});

@customElement('quire-note-editor')
export class QuireNoteEditor extends LitElement {
  @property() value = '';
  @property() label = 'Note';
  @property() placeholder = 'Write in Markdown; [[ links to a figure, article or note';
  @property({ attribute: false }) targets: LinkTargetsView | null = null;

  private view?: EditorView;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sent = '';

  /** The text as typed so far (also before the debounce has fired). */
  get current(): string {
    return this.view?.state.doc.toString() ?? this.value;
  }

  focus(): void {
    this.view?.focus();
  }

  protected firstUpdated(): void {
    this.sent = this.value;
    const root = this.renderRoot as ShadowRoot;
    this.view = new EditorView({
      root,
      parent: root.querySelector('.host')!,
      state: EditorState.create({
        doc: this.value,
        extensions: [
          history(),
          drawSelection(),
          closeBrackets(),
          keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap]),
          markdown(),
          EditorView.lineWrapping,
          cmPlaceholder(this.placeholder),
          EditorView.contentAttributes.of({ 'aria-label': this.label }),
          autocompletion({ override: [(c) => this.complete(c)], activateOnTyping: true }),
          EditorView.updateListener.of((u) => {
            if (!u.docChanged) return;
            this.dispatchEvent(new CustomEvent<{ value: string }>('note-input', { detail: { value: this.current } })); // live preview
            this.schedule();
          }),
          editorTheme,
          EditorView.domEventHandlers({ blur: () => void this.flush() }),
        ],
      }),
    });
  }

  protected updated(changed: Map<string, unknown>): void {
    // An outside change of `value` (another note opened) replaces the text; our own echoes do not.
    if (changed.has('value') && this.view && this.value !== this.current && this.value !== this.sent) {
      this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: this.value } });
      this.sent = this.value;
    }
  }

  disconnectedCallback(): void {
    this.flush();
    this.view?.destroy();
    this.view = undefined;
    super.disconnectedCallback();
  }

  private schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), NOTE_DEBOUNCE_MS);
  }

  /** Sends the pending text now, if it changed since the last send. */
  flush(): void {
    clearTimeout(this.timer);
    const text = this.current;
    if (text === this.sent) return;
    this.sent = text;
    this.dispatchEvent(new CustomEvent<{ value: string }>('note-change', { detail: { value: text }, bubbles: true, composed: true }));
  }

  private complete(context: CompletionContext): CompletionResult | null {
    const open = context.matchBefore(/\[\[[^\]\n]*/);
    if (!open || !this.targets) return null;
    const t = this.targets;
    const options = [
      ...t.figures.map((f) => ({ label: f.name, detail: 'figure', boost: 2 })),
      ...t.articles.map((a) => ({ label: a.title, detail: 'article', boost: 1 })),
      ...t.notes.map((n) => ({ label: n.title, detail: 'note', boost: 0 })),
    ].map((o) => ({
      ...o,
      apply: (view: EditorView, _c: unknown, from: number, to: number) => {
        const after = view.state.sliceDoc(to, to + 2) === ']]' ? '' : ']]';
        view.dispatch({ changes: { from, to, insert: o.label + after }, selection: { anchor: from + o.label.length + 2 } });
      },
    }));
    return { from: open.from + 2, options, validFor: /^[^\]\n]*$/ };
  }

  render() {
    return html`<div class="host"></div>`;
  }

  static styles = css`
    :host { display: block; border: 1px solid var(--q-border); border-radius: 6px; background: var(--q-panel); }
    :host(:focus-within) { outline: 2px solid var(--q-focus); outline-offset: 1px; }
    .host { min-height: 4.5rem; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-note-editor': QuireNoteEditor;
  }
}
