// The highlight colour picker: a Shoelace radio group of the five swatches, each named by its meaning ("Claim",
// "Evidence"…). Arrow keys move between colours; `onPick` hears a click or Enter on one (the toolbar highlights with
// it), `onChange` hears the choice changing (a filter, a highlight's colour).

import { css, html } from 'lit';
import '@shoelace-style/shoelace/dist/components/radio-button/radio-button.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import type SlRadioGroup from '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import { tip } from '../../ui/tip';

export interface ColourRadios {
  /** The group's accessible name (shown only with `showLabel`). */
  label: string;
  names: string[];
  /** The checked colour; -1 for the "any" choice, or none checked. */
  value: number;
  /** Label of an extra first choice worth -1 ("Any colour"). */
  any?: string;
  /** Meanings written beside the swatches; otherwise swatches alone, the meaning in a tooltip. */
  showNames?: boolean;
  showLabel?: boolean;
  onChange?: (colour: number) => void;
  onPick?: (colour: number) => void;
}

export function colourRadios(o: ColourRadios) {
  const change = (e: Event) => o.onChange?.(Number((e.target as SlRadioGroup).value));
  const radio = (name: string, i: number) => {
    const button = html`<sl-radio-button value=${String(i)} size="small" @click=${() => o.onPick?.(i)}>
      <span slot="prefix" class=${`sw c${i}`} aria-hidden="true"></span>${o.showNames ? name : html`<span class="sr">${name}</span>`}
    </sl-radio-button>`;
    return o.showNames ? button : tip(name, button);
  };
  return html`<sl-radio-group class=${`colours${o.showLabel ? '' : ' unlabelled'}${o.showNames ? '' : ' swatches'}`} size="small" label=${o.label}
      .value=${String(o.value)} @sl-change=${change}>
    ${o.any ? html`<sl-radio-button value="-1" size="small">${o.any}</sl-radio-button>` : ''}
    ${o.names.map(radio)}
  </sl-radio-group>`;
}

/** Include beside swatchStyles in the styles of an element that renders colourRadios. */
export const colourRadioStyles = css`
  sl-radio-group.unlabelled::part(form-control-label) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  sl-radio-group::part(form-control) { display: flex; align-items: center; gap: 0.5rem; }
  sl-radio-group::part(form-control-label) { margin: 0; font-size: 0.9rem; color: var(--q-muted); }
  sl-radio-button::part(button) { font-family: var(--q-sans); font-weight: 400; color: var(--q-text); background: var(--q-panel); border-color: var(--q-border); }
  sl-radio-button::part(button):hover { background: var(--q-hover); color: var(--q-text); }
  sl-radio-button::part(button--checked), sl-radio-button::part(button--checked):hover { background: var(--q-accent); border-color: var(--q-accent); color: var(--q-accent-text); }
  sl-radio-button::part(button):focus-visible { outline: 2px solid var(--q-focus); outline-offset: 2px; z-index: 2; }
  sl-radio-button::part(label) { padding: 0 0.55rem 0 0.4rem; }
  sl-radio-button::part(prefix) { padding-left: 0.55rem; }
  .swatches sl-radio-button::part(label) { padding: 0; }
  .swatches sl-radio-button::part(prefix) { padding: 0 0.55rem; }
  .sw { border-color: rgb(0 0 0 / 0.3); }
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
