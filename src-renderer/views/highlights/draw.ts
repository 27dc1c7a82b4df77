// Drawing highlights with the CSS Custom Highlight API: one named Highlight per colour (quire-c0..quire-c4), no spans.

import { css } from 'lit';
import type { HighlightView } from '../../../src-main/shared/contract/highlights';
import { setHighlight } from '../highlight-api';
import { rangeFor } from '../text-ranges';

export const COLOURS = 5;
export const colourName = (i: number) => `quire-c${i}`;

/** Draws each placed highlight under its colour's name; overlapping ones both show (translucent colours). */
export function drawHighlights(root: ParentNode, highlights: readonly HighlightView[], focusedId: string | null = null): void {
  const byColour: Range[][] = Array.from({ length: COLOURS }, () => []);
  let focused: Range | null = null;
  for (const h of highlights) {
    if (h.start === null || h.end === null) continue;
    const range = rangeFor(root, h.start, h.end);
    if (!range) continue;
    byColour[h.colour]?.push(range);
    if (h.id === focusedId) focused = range.cloneRange();
  }
  // the root owns its ranges, so two readers side by side never wipe each other's highlights
  byColour.forEach((ranges, i) => setHighlight(colourName(i), ranges, root));
  setHighlight('quire-focus', focused ? [focused] : [], root);
}

export function clearHighlights(root: ParentNode): void {
  for (let i = 0; i < COLOURS; i++) setHighlight(colourName(i), [], root);
  setHighlight('quire-focus', [], root);
}

/** The ::highlight() rules; include them in the styles of the element whose shadow root holds the text. */
export const highlightStyles = css`
  ::highlight(quire-c0) { background-color: rgb(255 204 0 / 0.38); }
  ::highlight(quire-c1) { background-color: rgb(60 170 60 / 0.32); }
  ::highlight(quire-c2) { background-color: rgb(230 60 60 / 0.30); }
  ::highlight(quire-c3) { background-color: rgb(40 120 230 / 0.30); }
  ::highlight(quire-c4) { background-color: rgb(150 80 220 / 0.30); }
  ::highlight(quire-focus) { text-decoration: underline 2px var(--q-accent); text-underline-offset: 3px; }
`;

/** Swatch colours for buttons and list markers (opaque versions of the same hues). */
export const swatchStyles = css`
  .sw { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 50%; vertical-align: -0.1em; border: 1px solid rgb(0 0 0 / 0.2); }
  .sw.c0 { background: rgb(255 204 0); }
  .sw.c1 { background: rgb(60 170 60); }
  .sw.c2 { background: rgb(230 60 60); }
  .sw.c3 { background: rgb(40 120 230); }
  .sw.c4 { background: rgb(150 80 220); }
`;
