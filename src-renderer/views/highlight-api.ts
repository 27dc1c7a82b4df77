// Thin helpers over the CSS Custom Highlight API (CSS.highlights) and caret hit-testing inside a shadow root.

/** Ranges per highlight name per owner: CSS.highlights is one registry for the whole page. */
const owned = new Map<string, Map<object, Range[]>>();
const SHARED = {};

/**
 * Replace the ranges one owner draws under a highlight name (empty removes them). Owners (e.g. each reader of a
 * side-by-side view) share the name without wiping each other's ranges; without an owner all callers share one.
 */
export function setHighlight(name: string, ranges: Range[], owner: object = SHARED): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const byOwner = owned.get(name) ?? owned.set(name, new Map()).get(name)!;
  if (ranges.length === 0) byOwner.delete(owner);
  else byOwner.set(owner, ranges);
  const all = [...byOwner.values()].flat();
  if (all.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...all));
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
