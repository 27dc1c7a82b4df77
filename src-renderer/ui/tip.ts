// A Shoelace tooltip around an icon button: the button keeps its aria-label, the tooltip shows it to the eye on hover
// and keyboard focus (instead of the title attribute, which keyboard users never see).

import { html, type TemplateResult } from 'lit';
import '@shoelace-style/shoelace/dist/components/tooltip/tooltip.js';

type Placement = 'top' | 'bottom' | 'left' | 'right' | 'top-start' | 'top-end' | 'bottom-start' | 'bottom-end';

/** `hoist` keeps the tooltip out of scrolling or clipped containers (fixed positioning). */
export function tip(content: string, trigger: TemplateResult, placement: Placement = 'top'): TemplateResult {
  return html`<sl-tooltip content=${content} placement=${placement} hoist>${trigger}</sl-tooltip>`;
}
