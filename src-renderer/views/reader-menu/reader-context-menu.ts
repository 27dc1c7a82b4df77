// The reader's context menu behaviour as a ReactiveController: right-click in the text (or Shift+F10 / the Menu key
// with the text focused) opens it at the pointer, the selection or the paragraph; a choice runs the reader's own
// actions (the selection toolbar's, the mentions toggle, the find bar); closing gives focus back.

import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ArticleView } from '../../../src-main/shared/contract/api';
import { paragraphAt } from '../../../src-main/shared/citation';
import { rememberFocus } from '../../ui/focus';
import { copyText } from '../highlights/clipboard';
import type { ReaderHighlights } from '../highlights/reader-highlights';
import { searchHash } from '../search/search-url';
import { offsetOf, paragraphElements } from '../text-ranges';
import { menuAction, paragraphLink, readerMenuEntries } from './menu-items';
import { pointAnchor, type PointAnchor, type QuireReaderMenu } from './reader-menu';
import './reader-menu';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export interface ReaderMenuDeps {
  article(): ArticleView | undefined;
  highlights: ReaderHighlights;
  mentionsShown(): boolean;
  toggleMentions(): void;
  openFind(): void;
}

interface OpenMenu {
  anchor: PointAnchor;
  placement: 'bottom-start' | 'bottom-end';
  selection: { start: number; end: number } | null;
  /** 0-based index of the paragraph the menu was opened on. */
  paragraph: number;
  restoreFocus: () => void;
}

export class ReaderContextMenu implements ReactiveController {
  private open: OpenMenu | null = null;
  private keyOpenedAt = -Infinity;

  constructor(private readonly host: Host, private readonly deps: ReaderMenuDeps) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.open = null;
  }

  /** `contextmenu` on the text: the app's menu instead of the browser's, at the pointer. */
  onContextMenu = (e: MouseEvent): void => {
    e.preventDefault();
    if (performance.now() - this.keyOpenedAt < 500) return; // the browser's own event after Shift+F10 / the Menu key
    const para = (e.target as Element | null)?.closest?.('.para')?.querySelector<HTMLElement>('p[data-start]');
    const paras = paragraphElements(this.host.renderRoot);
    const index = para ? paras.indexOf(para) : this.paragraphNear(paras, e.clientY);
    this.show(pointAnchor(e.clientX, e.clientY), 'bottom-start', index);
  };

  /** keydown in the text: Shift+F10 or the Menu key opens the menu at the selection, else at the paragraph. */
  onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'ContextMenu' && !(e.key === 'F10' && e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey)) return;
    e.preventDefault();
    this.keyOpenedAt = performance.now();
    const paras = paragraphElements(this.host.renderRoot);
    const sel = this.deps.highlights.selectionOffsets();
    const article = this.deps.article();
    if (sel && article) {
      const index = (paragraphAt(article, sel.start) ?? 1) - 1;
      const rtl = paras[index] && getComputedStyle(paras[index]).direction === 'rtl';
      this.show(pointAnchor(rtl ? sel.rect.right : sel.rect.left, sel.rect.bottom), rtl ? 'bottom-end' : 'bottom-start', index);
      return;
    }
    const index = this.caretParagraph(paras) ?? this.paragraphNear(paras, 0);
    const p = paras[index];
    if (!p) return;
    const range = document.createRange();
    range.selectNodeContents(p);
    const line = range.getClientRects()[0] ?? p.getBoundingClientRect();
    const rtl = getComputedStyle(p).direction === 'rtl';
    const y = Math.min(Math.max(line.bottom, 8), window.innerHeight - 8);
    this.show(pointAnchor(rtl ? line.right : line.left, y), rtl ? 'bottom-end' : 'bottom-start', index);
  };

  /** The paragraph holding a collapsed caret in the text, if any. */
  private caretParagraph(paras: HTMLElement[]): number | null {
    const root = this.host.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
    const sel = root.getSelection?.() ?? document.getSelection();
    const offset = sel && sel.rangeCount > 0 ? offsetOf(sel.focusNode!, sel.focusOffset) : null;
    if (offset === null) return null;
    const index = paras.findLastIndex((p) => Number(p.dataset.start) <= offset);
    return index >= 0 ? index : null;
  }

  /** The first paragraph reaching below `y` (a viewport coordinate), else the last one. */
  private paragraphNear(paras: HTMLElement[], y: number): number {
    const i = paras.findIndex((p) => p.getBoundingClientRect().bottom > y);
    return i >= 0 ? i : Math.max(0, paras.length - 1);
  }

  private show(anchor: PointAnchor, placement: OpenMenu['placement'], paragraph: number): void {
    const sel = this.deps.highlights.selectionOffsets();
    this.open = { anchor, placement, paragraph, selection: sel && { start: sel.start, end: sel.end }, restoreFocus: this.open?.restoreFocus ?? rememberFocus() };
    this.deps.highlights.closeToolbar();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<QuireReaderMenu>('quire-reader-menu')?.focusFirst());
  }

  private close(): OpenMenu | null {
    const was = this.open;
    this.open = null;
    this.host.requestUpdate();
    was?.restoreFocus();
    return was;
  }

  private async choose(value: string): Promise<void> {
    const was = this.close();
    const action = menuAction(value);
    const article = this.deps.article();
    if (!was || !action || !article) return;
    const hl = this.deps.highlights;
    const sel = was.selection;
    switch (action.kind) {
      case 'highlight':
        if (sel) await hl.actOn(sel, { action: 'highlight', colour: action.colour });
        break;
      case 'note':
        if (sel) await hl.actOn(sel, { action: 'note' });
        break;
      case 'copy-cite':
      case 'copy':
        if (sel) await hl.copy(sel, action.kind === 'copy-cite');
        break;
      case 'search':
        if (sel) location.hash = searchHash(article.text.slice(sel.start, sel.end).replace(/\s+/g, ' '));
        break;
      case 'link': {
        const span = article.paragraphs[was.paragraph];
        if (!span) break;
        const ok = await copyText(paragraphLink(article.id, span));
        hl.say(ok ? `Copied the link to paragraph ${was.paragraph + 1}.` : 'Could not copy to the clipboard.');
        break;
      }
      case 'mentions':
        this.deps.toggleMentions();
        break;
      case 'find':
        this.deps.openFind();
        break;
    }
  }

  render() {
    if (!this.open) return '';
    const sel = this.open.selection;
    const entries = readerMenuEntries({
      selection: sel ? (this.deps.article()?.text.slice(sel.start, sel.end) ?? null) : null,
      colourNames: this.deps.highlights.colourNames,
      mentionsShown: this.deps.mentionsShown(),
      mac: /Mac/i.test(navigator.platform),
    });
    return html`<quire-reader-menu .entries=${entries} .anchor=${this.open.anchor} placement=${this.open.placement}
      @reader-menu-select=${(e: CustomEvent<string>) => void this.choose(e.detail)} @reader-menu-close=${() => this.close()}></quire-reader-menu>`;
  }
}
