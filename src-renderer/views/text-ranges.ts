// Maps article offsets to DOM ranges and back, for a reader that renders each paragraph as one element with
// data-start holding the offset of its first character (its text nodes concatenated equal that text slice).

export function paragraphElements(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-start]')];
}

/** The DOM position of an article offset, or null when it falls outside the rendered paragraphs. */
export function positionOf(root: ParentNode, offset: number): { node: Text; offset: number } | null {
  const paras = paragraphElements(root);
  for (let i = paras.length - 1; i >= 0; i--) {
    const start = Number(paras[i].dataset.start);
    if (start > offset) continue;
    let rest = offset - start;
    const walker = document.createTreeWalker(paras[i], NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (rest <= n.data.length) return { node: n, offset: rest };
      rest -= n.data.length;
      last = n;
    }
    return last ? { node: last, offset: last.data.length } : null;
  }
  return null;
}

export function rangeFor(root: ParentNode, start: number, end: number): Range | null {
  const a = positionOf(root, start);
  const b = positionOf(root, end);
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** The article offset of a DOM position inside a paragraph, or null outside them. */
export function offsetOf(node: Node, offset: number): number | null {
  const el = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest<HTMLElement>('[data-start]');
  if (!el) return null;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let total = Number(el.dataset.start);
  if (node.nodeType !== Node.TEXT_NODE) {
    // an element position: count the text before its offset-th child
    const probe = document.createRange();
    probe.setStart(el, 0);
    probe.setEnd(node, offset);
    return total + probe.toString().length;
  }
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return total + offset;
    total += (n as Text).data.length;
  }
  return null;
}
