// The reader's highlights behaviour as a ReactiveController: load (the service re-anchors on text change), draw,
// turn a selection into a highlight through the toolbar (mouse or keyboard), and handle the panel's edits.

import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ApiClient } from '../../api/client';
import type { ArticleView } from '../../../src-main/shared/contract/api';
import type { HighlightView } from '../../../src-main/shared/contract/highlights';
import { paragraphAt, quoteWithCitation } from '../../../src-main/shared/citation';
import { offsetOf, rangeFor } from '../text-ranges';
import { clearHighlights, drawHighlights } from './draw';
import type { PanelEvent, QuireHighlightsPanel } from './highlights-panel';
import type { QuireSelectionToolbar, ToolbarAction } from './selection-toolbar';
import { showUndoToast } from './toast';
import { loadLinkTargets, type LinkIndex } from '../notes/link-targets';
import { copyText, downloadText } from './clipboard';
import './highlights-panel';
import './selection-toolbar';

type Host = ReactiveControllerHost & HTMLElement & { api: ApiClient; articleId: string; renderRoot: HTMLElement | DocumentFragment };

export class ReaderHighlights implements ReactiveController {
  highlights: HighlightView[] = [];
  colourNames: string[] = ['Claim', 'Evidence', 'Contradiction', 'Follow up', 'Background'];
  links: LinkIndex | null = null;
  message = '';
  private pending: { start: number; end: number } | null = null;
  private toolbar: { x: number; y: number } | null = null;
  private focusedId: string | null = null;
  private loadedFor = '';
  private lastColour = 0;

  constructor(private readonly host: Host, private readonly article: () => ArticleView | undefined) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKey);
    clearHighlights(this.host.renderRoot);
  }

  hostUpdate(): void {
    if (this.host.articleId && this.host.articleId !== this.loadedFor) void this.load();
  }

  /** Call from the host's `updated`: draws the highlights over the rendered text. */
  draw(): void {
    if (this.article()) drawHighlights(this.host.renderRoot, this.highlights, this.focusedId);
  }

  async load(): Promise<void> {
    const articleId = (this.loadedFor = this.host.articleId);
    const api = this.host.api;
    const [list, settings] = await Promise.all([api.call('listHighlights', { articleId }), api.call('getSettings', {})]);
    if (articleId !== this.host.articleId) return;
    this.highlights = list;
    this.colourNames = settings.colourNames;
    this.host.requestUpdate();
    if (list.some((h) => h.figureIds.length > 0 || h.note.includes('[['))) this.ensureLinks();
  }

  /** Loads link targets (figure names for linking and [[links]]): costly on a fresh notebook, so only when needed. */
  ensureLinks = (): void => {
    if (this.links) return;
    loadLinkTargets(this.host.api).then((l) => ((this.links = l), this.host.requestUpdate())).catch(() => undefined);
  };

  /** The article offsets of the current selection, trimmed of spaces, if it lies in the text. */
  selectionOffsets(): { start: number; end: number; rect: DOMRect } | null {
    const root = this.host.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
    const sel = root.getSelection?.() ?? document.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    let start = offsetOf(range.startContainer, range.startOffset);
    let end = offsetOf(range.endContainer, range.endOffset);
    const text = this.article()?.text;
    if (start === null || end === null || !text) return null;
    if (end < start) [start, end] = [end, start];
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return end > start ? { start, end, rect: range.getBoundingClientRect() } : null;
  }

  /** mouseup / keyup in the text: offer the toolbar for a finished mouse selection (not on a right-click: that opens the context menu). */
  onPointerUp = (e?: MouseEvent): void => {
    if (e && e.button !== 0) return;
    const s = this.selectionOffsets();
    this.pending = s && { start: s.start, end: s.end };
    this.toolbar = s && { x: s.rect.left, y: s.rect.bottom };
    this.host.requestUpdate();
  };

  /**
   * Keyboard selection in the (read-only) text, which browsers offer only with caret browsing: with the text focused,
   * Shift+arrows extend the selection by character (Ctrl: word; up/down: line; Home/End: line edge).
   */
  onTextKey = (e: KeyboardEvent): void => {
    const dirs: Record<string, 'forward' | 'backward'> = { ArrowRight: 'forward', ArrowDown: 'forward', End: 'forward', ArrowLeft: 'backward', ArrowUp: 'backward', Home: 'backward' };
    if (!e.shiftKey || !(e.key in dirs)) return;
    const root = this.host.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
    const sel = (root.getSelection?.() ?? document.getSelection()) as (Selection & { modify?(a: string, d: string, g: string): void }) | null;
    if (!sel?.modify) return;
    const inText = sel.rangeCount > 0 && offsetOf(sel.focusNode!, sel.focusOffset) !== null;
    if (!inText) {
      const first = this.host.renderRoot.querySelector('p[data-start]');
      const node = first && document.createTreeWalker(first, NodeFilter.SHOW_TEXT).nextNode();
      if (!node) return;
      sel.collapse(node, 0);
    }
    const granularity = e.key === 'Home' || e.key === 'End' ? 'lineboundary' : e.key === 'ArrowUp' || e.key === 'ArrowDown' ? 'line' : e.ctrlKey || e.altKey ? 'word' : 'character';
    sel.modify('extend', dirs[e.key], granularity);
    e.preventDefault();
  };

  private onKey = (e: KeyboardEvent): void => {
    const inField = e.composedPath().some((n) => n instanceof HTMLElement && (n.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(n.tagName)));
    const shortcut = (e.key === 'h' && !e.ctrlKey && !e.metaKey && !e.altKey && !inField) || (e.key.toLowerCase() === 'h' && e.ctrlKey && e.shiftKey);
    if (e.key === 'Escape' && this.toolbar) return this.closeToolbar();
    if (!shortcut) return;
    const s = this.selectionOffsets();
    if (!s) return;
    e.preventDefault();
    this.pending = { start: s.start, end: s.end };
    this.toolbar = { x: s.rect.left, y: s.rect.bottom };
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<QuireSelectionToolbar>('quire-selection-toolbar')?.focusFirst());
  };

  closeToolbar(): void {
    this.toolbar = null;
    this.host.requestUpdate();
  }

  /** Shows a status line above the panel ("Copied with citation."). */
  say(message: string): void {
    this.message = message;
    this.host.requestUpdate();
  }

  /** Runs a toolbar action on a passage chosen elsewhere (the context menu). */
  async actOn(passage: { start: number; end: number }, a: ToolbarAction): Promise<void> {
    this.pending = { start: passage.start, end: passage.end };
    await this.act(a);
  }

  /** Copies a passage, with its citation or as the bare words, and says whether it worked. */
  async copy(passage: { start: number; end: number }, withCitation: boolean): Promise<void> {
    const article = this.article();
    if (!article) return;
    const words = article.text.slice(passage.start, passage.end);
    const text = withCitation ? quoteWithCitation(words, article, paragraphAt(article, passage.start)) : words;
    const copied = await copyText(text);
    this.say(copied ? (withCitation ? 'Copied with citation.' : 'Copied.') : 'Could not copy to the clipboard.');
  }

  private async act(a: ToolbarAction): Promise<void> {
    const p = this.pending;
    const article = this.article();
    if (!p || !article) return;
    if (a.action === 'copy') {
      await this.copy(p, true);
      this.closeToolbar();
      return;
    }
    const colour = a.action === 'highlight' ? a.colour : this.lastColour;
    this.lastColour = colour;
    const created = await this.host.api.call('createHighlight', {
      articleId: article.id, start: p.start, end: p.end, colour, figureIds: a.action === 'figures' ? a.figureIds : [],
    });
    this.highlights = await this.host.api.call('listHighlights', { articleId: article.id });
    this.pending = null;
    this.toolbar = null;
    ((this.host.renderRoot as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? document.getSelection())?.removeAllRanges();
    this.message = `Highlighted as “${this.colourNames[colour]}”.`;
    this.host.requestUpdate();
    if (a.action === 'note') {
      await this.host.updateComplete;
      await this.host.renderRoot.querySelector<QuireHighlightsPanel>('quire-highlights-panel')?.focusEditor(created.id);
    }
  }

  private async onPanel(e: CustomEvent<PanelEvent>): Promise<void> {
    const d = e.detail;
    const api = this.host.api;
    if (d.kind === 'focus') {
      this.focusedId = d.id;
      const h = this.highlights.find((x) => x.id === d.id);
      const range = h && h.start !== null ? rangeFor(this.host.renderRoot, h.start, h.end!) : null;
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    } else if (d.kind === 'update') {
      const updated = await api.call('updateHighlight', { id: d.id, patch: d.patch });
      this.highlights = this.highlights.map((h) => (h.id === d.id ? updated : h));
    } else if (d.kind === 'delete') {
      await api.call('deleteHighlight', { id: d.id });
      this.highlights = this.highlights.filter((h) => h.id !== d.id);
      showUndoToast('Highlight deleted.', async () => {
        await api.call('restoreTrashItem', { kind: 'highlight', id: d.id });
        await this.load();
      });
    } else if (d.kind === 'export') {
      const { fileName, markdown } = await api.call('exportHighlights', { articleId: this.host.articleId });
      downloadText(fileName, markdown, 'text/markdown');
    }
    this.host.requestUpdate();
  }

  renderToolbar() {
    if (!this.toolbar) return '';
    const figures = this.links?.targets.figures ?? [];
    return html`<quire-selection-toolbar .colourNames=${this.colourNames} .colour=${this.lastColour} .figures=${figures} .x=${this.toolbar.x} .y=${this.toolbar.y}
      @toolbar-action=${(e: CustomEvent<ToolbarAction>) => void this.act(e.detail)} @toolbar-close=${() => this.closeToolbar()}
      @need-figures=${this.ensureLinks}></quire-selection-toolbar>`;
  }

  renderPanel() {
    const figureNames = new Map((this.links?.targets.figures ?? []).map((f) => [f.id, f.name]));
    return html`${this.message ? html`<p class="hl-message" role="status">${this.message}</p>` : ''}
      <quire-highlights-panel .highlights=${this.highlights} .colourNames=${this.colourNames} .links=${this.links} .figureNames=${figureNames}
        .focusedId=${this.focusedId} @need-links=${this.ensureLinks} @panel=${(e: CustomEvent<PanelEvent>) => void this.onPanel(e)}></quire-highlights-panel>`;
  }
}
