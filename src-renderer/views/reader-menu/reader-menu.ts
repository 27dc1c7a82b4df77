// The reader's context menu on screen: a Shoelace popup at a point (a virtual anchor) holding a menu named "Reader
// actions". Arrow keys move, Enter chooses (Shoelace's menu); Escape, Tab or a press outside closes it. It reports a
// choice (`reader-menu-select`, the item's value) or a dismissal (`reader-menu-close`); the opener restores focus.

import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '@shoelace-style/shoelace/dist/components/popup/popup.js';
import '@shoelace-style/shoelace/dist/components/menu/menu.js';
import '@shoelace-style/shoelace/dist/components/menu-item/menu-item.js';
import '@shoelace-style/shoelace/dist/components/menu-label/menu-label.js';
import '@shoelace-style/shoelace/dist/components/divider/divider.js';
import type SlMenu from '@shoelace-style/shoelace/dist/components/menu/menu.js';
import type SlMenuItem from '@shoelace-style/shoelace/dist/components/menu-item/menu-item.js';
import { menuStyles } from '../../ui/menu-styles';
import { swatchStyles } from '../highlights/draw';
import type { ReaderMenuEntry } from './menu-items';

/** What Shoelace's popup accepts as an anchor besides an element: anything with a viewport rectangle. */
export interface PointAnchor {
  getBoundingClientRect(): DOMRect;
}

/** An anchor of no size at a viewport point. */
export function pointAnchor(x: number, y: number): PointAnchor {
  return { getBoundingClientRect: () => new DOMRect(x, y, 0, 0) };
}

@customElement('quire-reader-menu')
export class QuireReaderMenu extends LitElement {
  @property({ attribute: false }) entries: ReaderMenuEntry[] = [];
  @property({ attribute: false }) anchor: PointAnchor | null = null;
  /** bottom-end lines the menu up with the right edge of a right-to-left paragraph. */
  @property() placement: 'bottom-start' | 'bottom-end' = 'bottom-start';

  connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onPointerDown, true);
  }

  disconnectedCallback(): void {
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    super.disconnectedCallback();
  }

  /** Puts keyboard focus on the first item (called once the menu is on screen). */
  async focusFirst(): Promise<void> {
    await this.updateComplete;
    const menu = this.renderRoot.querySelector<SlMenu>('sl-menu');
    await menu?.updateComplete;
    const first = menu?.getAllItems()[0];
    if (!menu || !first) return;
    menu.setCurrentItem(first);
    first.focus();
  }

  private onPointerDown = (e: PointerEvent) => {
    if (!e.composedPath().includes(this)) this.dismiss();
  };

  private dismiss() {
    this.dispatchEvent(new CustomEvent('reader-menu-close', { bubbles: true, composed: true }));
  }

  private onKey(e: KeyboardEvent) {
    if (e.key !== 'Escape' && e.key !== 'Tab') return;
    e.preventDefault();
    e.stopPropagation();
    this.dismiss();
  }

  private onSelect(e: CustomEvent<{ item: SlMenuItem }>) {
    this.dispatchEvent(new CustomEvent<string>('reader-menu-select', { detail: e.detail.item.value, bubbles: true, composed: true }));
  }

  /** `aligned`: a blank the width of a swatch before items without one, when some items have one. */
  private renderEntry(e: ReaderMenuEntry, aligned: boolean) {
    if (e.type === 'divider') return html`<sl-divider></sl-divider>`;
    if (e.type === 'label') return html`<sl-menu-label aria-hidden="true">${e.text}</sl-menu-label>`;
    return html`<sl-menu-item value=${e.value}>
      ${e.colour !== undefined || aligned ? html`<span slot="prefix" class=${e.colour !== undefined ? `sw c${e.colour}` : 'sw-space'} aria-hidden="true"></span>` : ''}
      ${e.spoken ? html`<span class="sr">${e.spoken} </span>` : ''}${e.label}
      ${e.hint ? html`<kbd slot="suffix" aria-hidden="true">${e.hint}</kbd>` : ''}
    </sl-menu-item>`;
  }

  render() {
    const aligned = this.entries.some((e) => e.type === 'item' && e.colour !== undefined);
    return html`<sl-popup .anchor=${this.anchor ?? undefined} active placement=${this.placement} strategy="fixed" distance="2" flip shift
        shift-padding="8" auto-size="vertical" auto-size-padding="8">
      <sl-menu aria-label="Reader actions" @sl-select=${this.onSelect} @keydown=${this.onKey} @contextmenu=${(e: Event) => e.preventDefault()}>
        ${this.entries.map((e) => this.renderEntry(e, aligned))}
      </sl-menu>
    </sl-popup>`;
  }

  static styles = [
    menuStyles,
    swatchStyles,
    css`
      sl-popup::part(popup) { z-index: 30; }
      sl-menu { min-width: 15rem; max-width: 26rem; max-height: var(--auto-size-available-height); overflow: auto; font-family: var(--q-sans); }
      sl-menu-item::part(label) { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
      sl-divider { --spacing: 0.25rem; }
      .sw, .sw-space { margin-left: 0.2rem; }
      .sw-space { display: inline-block; width: calc(0.9em + 2px); }
      kbd { font-family: var(--q-sans); font-size: 0.75rem; color: var(--q-muted); margin-left: 1rem; }
      .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'quire-reader-menu': QuireReaderMenu;
  }
}
