// [[Wiki links]] in Markdown notes: finding them and the key two names must share to match (used by core and renderer).

/** One [[target]] or [[target|label]] in a Markdown body, with its offsets in that body. */
export interface WikiLink {
  target: string;
  label: string;
  start: number;
  end: number;
}

const LINK = /\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]*))?\]\]/g;

/** Every wiki link in `body`, in order. An optional `figure:`/`article:`/`note:` prefix stays in `target`. */
export function parseWikiLinks(body: string): WikiLink[] {
  const out: WikiLink[] = [];
  for (const m of body.matchAll(LINK)) {
    const target = m[1].trim();
    if (!target) continue;
    out.push({ target, label: (m[2] ?? '').trim() || stripKind(target), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export type LinkKind = 'figure' | 'article' | 'note';

/** Splits an explicit kind prefix off a target: "figure:Nawaf Fares" -> {kind: 'figure', name: 'Nawaf Fares'}. */
export function splitKind(target: string): { kind: LinkKind | null; name: string } {
  const m = /^(figure|article|note):\s*(.+)$/i.exec(target.trim());
  return m ? { kind: m[1].toLowerCase() as LinkKind, name: m[2].trim() } : { kind: null, name: target.trim() };
}

function stripKind(target: string): string {
  return splitKind(target).name;
}

/** Case-, accent- and spacing-insensitive key of a name or title; typographic quotes count as plain ones. */
export function linkKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
