// Paragraph blocks of a (sanitised) DOM subtree: block elements end paragraphs, <br> ends a line, inline text joins.

import type { Block } from '../../core/text/blocks';

const BLOCK = new Set(
  ('address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer h1 h2 h3 h4 ' +
    'h5 h6 header hgroup hr li main ol p pre section summary table tbody td tfoot th thead tr ul').split(' '),
);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'svg', 'math', 'button', 'select']);
const ELEMENT = 1;
const TEXT = 3;

type Kind = Block['kind'];

/** Blocks of `root` in document order, with kinds for headings, captions, quotes and list items. */
export function htmlBlocks(root: Node): Block[] {
  const out: Block[] = [];
  let buffer = '';
  let kind: Kind;
  let level: number | undefined;
  const flush = () => {
    for (const line of buffer.split('\n')) {
      const text = line.replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, gapBefore: out.length ? 1 : 0, gapAfter: 1, ...(kind ? { kind } : {}), ...(level ? { level } : {}) });
    }
    buffer = '';
  };
  // An explicit stack instead of recursion: the nesting was bounded before parsing, but stay safe anyway.
  const stack: { node: Node; leaving: boolean; kind?: Kind; level?: number }[] = [{ node: root, leaving: false }];
  while (stack.length) {
    const top = stack.pop() as (typeof stack)[number];
    const node = top.node;
    if (top.leaving) {
      flush();
      kind = top.kind;
      level = top.level;
      continue;
    }
    if (node.nodeType === TEXT) {
      buffer += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT && node !== root) continue;
    const tag = node.nodeType === ELEMENT ? (node as Element).localName.toLowerCase() : '';
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      buffer += '\n';
      continue;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) {
      flush();
      stack.push({ node, leaving: true, kind, level });
      const k = kindOf(tag);
      if (k) {
        kind = k;
        level = k === 'heading' ? Number(tag[1]) : undefined;
      }
    } else if (tag === 'td' || tag === 'th') buffer += ' ';
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leaving: false });
  }
  flush();
  if (out.length) out[out.length - 1].gapAfter = 0;
  return out;
}

function kindOf(tag: string): Kind {
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'figcaption') return 'caption';
  if (tag === 'blockquote') return 'quote';
  if (tag === 'li') return 'list-item';
  return undefined;
}
