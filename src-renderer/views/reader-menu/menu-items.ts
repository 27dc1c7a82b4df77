// What the reader's context menu offers at a given moment (text selected or not, mentions shown or not) and the
// paragraph link it copies: pure, so the choices are tested without a browser.

import { href } from '../../app/router';

export type ReaderMenuAction =
  | { kind: 'highlight'; colour: number }
  | { kind: 'note' | 'copy-cite' | 'copy' | 'search' | 'link' | 'mentions' | 'find' };

export type ReaderMenuEntry =
  | { type: 'label'; text: string }
  | { type: 'divider' }
  /** `value` goes into the menu item; `spoken` is read before the label but not shown (the group label says it). */
  | { type: 'item'; value: string; label: string; spoken?: string; colour?: number; hint?: string };

export interface ReaderMenuContext {
  /** The selected words, or null when nothing is selected in the text. */
  selection: string | null;
  colourNames: readonly string[];
  mentionsShown: boolean;
  /** Shortcut hints as macOS writes them. */
  mac: boolean;
}

/** The selection as a menu label can quote it: one line, at most `max` characters, cut between words if it can be. */
export function shortQuote(text: string, max = 24): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function readerMenuEntries(c: ReaderMenuContext): ReaderMenuEntry[] {
  const entries: ReaderMenuEntry[] = [];
  if (c.selection !== null) {
    entries.push({ type: 'label', text: 'Highlight as' });
    c.colourNames.forEach((name, colour) => entries.push({ type: 'item', value: `highlight:${colour}`, label: name, spoken: 'Highlight as', colour }));
    entries.push(
      { type: 'item', value: 'note', label: 'Add note…' },
      { type: 'divider' },
      { type: 'item', value: 'copy-cite', label: 'Copy with citation' },
      { type: 'item', value: 'copy', label: 'Copy' },
      { type: 'item', value: 'search', label: `Search the notebook for “${shortQuote(c.selection)}”` },
      { type: 'divider' },
    );
  }
  entries.push(
    { type: 'item', value: 'link', label: 'Copy link to this paragraph' },
    { type: 'item', value: 'mentions', label: c.mentionsShown ? 'Hide mentions' : 'Show mentions' },
    { type: 'item', value: 'find', label: 'Find in article', hint: c.mac ? '⌘F' : 'Ctrl+F' },
  );
  return entries;
}

/** The action a menu item's value stands for, or null for a value the menu never offers. */
export function menuAction(value: string): ReaderMenuAction | null {
  const colour = /^highlight:(\d)$/.exec(value);
  if (colour) return { kind: 'highlight', colour: Number(colour[1]) };
  const simple = ['note', 'copy-cite', 'copy', 'search', 'link', 'mentions', 'find'] as const;
  const kind = simple.find((k) => k === value);
  return kind ? { kind } : null;
}

/** The reader's deep link to a paragraph: the article opens on it, the paragraph marked. */
export function paragraphLink(articleId: string, span: readonly [number, number]): string {
  return `${href('article', articleId)}?at=${span[0]}-${span[1]}`;
}
