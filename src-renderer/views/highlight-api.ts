// Thin helpers over the CSS Custom Highlight API (CSS.highlights) and caret hit-testing inside a shadow root.

/** Replace the ranges drawn under one highlight name (empty removes it). */
export function setHighlight(name: string, ranges: Range[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

/** The text position under a point, looking inside the given shadow root. */
export function caretAt(x: number, y: number, root: ShadowRoot): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number, opts?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y, { shadowRoots: [root] });
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
