// The reader: an article's clean text in readable typography with paragraph numbers; ?p=N scrolls to paragraph N.
// Right-click (or Shift+F10) in the text opens its context menu (reader-menu/).

import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ApiClient } from '../api/client';
import type { ArticleView } from '../../src-main/shared/contract/api';
import type { Mention } from '../../src-main/shared/model';
import { apiContext } from '../app/context';
import { href } from '../app/router';
import { caretAt, setHighlight } from './highlight-api';
import { offsetOf, rangeFor } from './text-ranges';
import { formatDate, formatWords } from './format';
import { statusStyles } from './status-styles';
import { tip } from '../ui/tip';
import { menuStyles } from '../ui/menu-styles';
import './article-meta/article-meta-dialog';
import { ReaderHighlights } from './highlights/reader-highlights';
import { highlightStyles } from './highlights/draw';
import './notes/backlinks';
import { findHighlightStyles } from './search/find-bar';
import { ReaderContextMenu } from './reader-menu/reader-context-menu';

@customElement('quire-reader')
export class QuireReader extends LitElement {
  @consume({ context: apiContext })
  api!: ApiClient;

  @property() articleId = '';
  /** 1-based paragraph to bring into view, 0 for none. */
  @property({ type: Number }) paragraph = 0;
  /** "start-end" offsets of a passage to bring into view and mark (from a citation). */
  @property() at = '';
  /** In a side-by-side pane: no back link, tighter margins, one column. */
  @property({ type: Boolean, reflect: true }) compact = false;
  @state() private showMentions = false;
  @state() private mentionInfo: { name: string; figureId: string; x: number; y: number } | null = null;
  private mentions: (Mention & { name: string })[] = [];

  private article = new Task(this, {
    task: async ([id]) => this.api.call('getArticle', { id }),
    args: () => [this.articleId] as const,
  });
  private hl = new ReaderHighlights(this, () => this.article.value);
  private menu = new ReaderContextMenu(this, {
    article: () => this.article.value,
    highlights: this.hl,
    mentionsShown: () => this.showMentions,
    toggleMentions: () => void this.toggleMentions(),
    openFind: () => void this.renderRoot.querySelector('quire-find-bar')?.show(),
  });

  protected updated(changed: Map<string, unknown>): void {
    if (!this.article.value) return;
    const root = this.renderRoot;
    const target = /^(\d+)-(\d+)$/.exec(this.at);
    const range = target ? rangeFor(root, Number(target[1]), Number(target[2])) : null;
    setHighlight('quire-target', range ? [range] : [], this);
    if (changed.has('at') || changed.has('paragraph') || this.firstRenderOfArticle()) {
      if (range) (range.startContainer.parentElement ?? undefined)?.scrollIntoView({ block: 'center' });
      else if (this.paragraph > 0) root.querySelector(`#p${this.paragraph}`)?.scrollIntoView({ block: 'center' });
    }
    setHighlight('quire-mention', this.showMentions ? this.mentions.map((m) => rangeFor(root, m.start, m.end)).filter((r): r is Range => !!r) : [], this);
    this.hl.draw();
  }

  disconnectedCallback(): void {
    setHighlight('quire-target', [], this);
    setHighlight('quire-mention', [], this);
    super.disconnectedCallback();
  }

  private lastRendered = '';
  private firstRenderOfArticle(): boolean {
    const key = this.article.value?.id ?? '';
    const first = key !== this.lastRendered;
    this.lastRendered = key;
    return first;
  }

  private async toggleMentions() {
    this.showMentions = !this.showMentions;
    this.mentionInfo = null;
    if (this.showMentions) this.mentions = await this.api.call('articleMentions', { articleId: this.articleId });
    this.requestUpdate();
  }

  private onTextKey = (e: KeyboardEvent) => {
    this.menu.onKey(e);
    this.hl.onTextKey(e);
  };

  private onTextClick(e: MouseEvent) {
    if (!this.showMentions) return;
    const caret = caretAt(e.clientX, e.clientY, this.renderRoot as ShadowRoot);
    const offset = caret ? offsetOf(caret.node, caret.offset) : null;
    const m = offset === null ? undefined : this.mentions.find((x) => x.start <= offset && offset < x.end);
    this.mentionInfo = m ? { name: m.name, figureId: m.figureId, x: e.clientX, y: e.clientY } : null;
  }

  render() {
    return this.article.render({
      pending: () => html`<p class="status wrap" role="status">Opening the article…</p>`,
      error: (e) => html`<div class="wrap"><p class="status error" role="alert">${(e as Error).message}</p><a href="#/">Back to the library</a></div>`,
      complete: (a) => this.renderArticle(a),
    });
  }

  private renderArticle(a: ArticleView) {
    return html`<div class="layout"><article class="wrap" aria-labelledby="title">
      <p class="back"><a href="#/">← Library</a></p>
      <h1 id="title" dir="auto">${a.title}</h1>
      <p class="meta">
        ${[a.outlet, formatDate(a.published), a.byline, formatWords(a.words)].filter(Boolean).join(' · ')}
      </p>
      ${a.tags.length || a.url ? html`<p class="meta tags">${a.tags.map((t) => html`<span class="tag">${t}</span>`)}${a.url ? html`<span class="url" title="Original address (not opened by Quire)">${a.url}</span>` : ''}</p>` : ''}
      <quire-article-meta .article=${a} @article-updated=${() => this.article.run()}></quire-article-meta>
      <div class="tools" role="toolbar" aria-label="Reader tools">
        <button aria-pressed=${this.showMentions} @click=${this.toggleMentions}>Show mentions</button>
        <button @click=${() => this.renderRoot.querySelector('quire-article-meta')?.open()}>Edit details</button>
      </div>
      ${this.mentionInfo ? html`<div class="mention-pop" role="dialog" aria-label="Figure" style=${`left:${this.mentionInfo.x}px;top:${this.mentionInfo.y + 14}px`}>
        <a href=${href('figure', this.mentionInfo.figureId)}>${this.mentionInfo.name}</a>
        ${tip('Close', html`<button class="close" aria-label="Close" @click=${() => (this.mentionInfo = null)}>×</button>`)}</div>` : ''}
      <div class="text" tabindex="0" aria-label="Article text: Shift+arrows select, h highlights, Shift+F10 opens the actions menu" @click=${this.onTextClick} @mouseup=${this.hl.onPointerUp}
        @keydown=${this.onTextKey} @contextmenu=${this.menu.onContextMenu}>
        ${a.paragraphs.map(
          ([s, e], i) => html`<div class="para" id=${`p${i + 1}`}>
            <span class="pn" aria-hidden="true">${i + 1}</span>
            <p dir="auto" data-start=${s}>${a.text.slice(s, e)}</p>
          </div>`,
        )}
      </div>
      <p class="source">Imported from ${a.source.fileName}</p>
    </article>
    <aside class="side" aria-label="Highlights and links">${this.hl.renderPanel()}
      <quire-backlinks kind="article" item-id=${a.id}></quire-backlinks></aside></div>${this.hl.renderToolbar()}${this.menu.render()}
      <quire-find-bar .root=${this.renderRoot} ?disabled=${this.compact}></quire-find-bar>`;
  }

  static styles = [
    statusStyles,
    menuStyles,
    highlightStyles,
    findHighlightStyles,
    css`
      .wrap { max-width: 42rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
      .layout { display: grid; grid-template-columns: minmax(0, 46rem) minmax(15rem, 21rem); justify-content: center; gap: 0.5rem; }
      .layout .wrap { margin: 0; }
      .side { position: sticky; top: 0; align-self: start; max-height: calc(100vh - 3.5rem); overflow: auto; padding: 1.5rem 1rem 2rem; box-sizing: border-box; }
      .hl-message { color: var(--q-muted); font-size: 0.85rem; margin: 0 0 0.5rem; }
      @media (max-width: 900px) { .layout { grid-template-columns: minmax(0, 1fr); } .side { position: static; max-height: none; } }
      .back a { color: var(--q-muted); text-decoration: none; font-size: 0.9rem; }
      :host([compact]) .back { display: none; }
      :host([compact]) .wrap { padding: 1rem 1.25rem 3rem 2.75rem; }
      :host([compact]) .layout { grid-template-columns: minmax(0, 1fr); }
      :host([compact]) .side { position: static; max-height: none; }
      :host([compact]) h1 { font-size: 1.5rem; }
      h1 { font-family: var(--q-serif); font-size: 2rem; line-height: 1.2; margin: 0.5rem 0; }
      .meta { color: var(--q-muted); margin: 0 0 2rem; }
      .meta.tags { margin: -1.5rem 0 2rem; display: flex; flex-wrap: wrap; gap: 0.4rem; font-size: 0.85rem; }
      .tag { padding: 0.05rem 0.5rem; border-radius: 999px; background: var(--q-hover); color: var(--q-text); }
      .url { overflow-wrap: anywhere; }
      .text:focus { outline: none; }
      .text:focus-visible { outline: 2px solid var(--q-focus); outline-offset: 6px; border-radius: 4px; }
      .text { font-family: var(--q-serif); font-size: 1.15rem; line-height: 1.65; }
      .para { position: relative; }
      .para p { margin: 0 0 1.1em; unicode-bidi: plaintext; }
      .pn { position: absolute; left: -2.4rem; width: 1.8rem; text-align: right; top: 0.3em; font-family: var(--q-sans); font-size: 0.7rem; color: var(--q-muted); user-select: none; }
      .tools { display: flex; gap: 0.5rem; margin: -1rem 0 1.5rem; }
      .tools button { font: inherit; font-size: 0.85rem; padding: 0.25rem 0.7rem; border-radius: 6px; border: 1px solid var(--q-border); background: var(--q-panel); color: var(--q-text); cursor: pointer; }
      .tools button[aria-pressed='true'] { background: var(--q-accent); color: var(--q-accent-text); border-color: var(--q-accent); }
      ::highlight(quire-mention) { background-color: var(--q-mark-3); }
      ::highlight(quire-target) { background-color: var(--q-mark-0); }
      .mention-pop { position: fixed; z-index: 10; background: var(--q-panel); border: 1px solid var(--q-border); border-radius: 8px; padding: 0.4rem 0.6rem; box-shadow: 0 4px 14px rgb(0 0 0 / 0.15); display: flex; gap: 0.5rem; align-items: center; font-size: 0.9rem; }
      .mention-pop a { color: var(--q-text); font-weight: 600; }
      .close { all: unset; cursor: pointer; color: var(--q-muted); padding: 0 0.2rem; }
      .source { color: var(--q-muted); font-size: 0.85rem; border-top: 1px solid var(--q-border); padding-top: 1rem; margin-top: 2rem; }
    `,
  ];
}
