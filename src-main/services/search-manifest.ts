// What the saved search index covers: a signature per document, so a reopened notebook re-indexes only what changed.
// Held as Maps (a query checks it against the notebook before every answer: at 10,000 articles that check must cost
// about a millisecond), saved as parallel arrays (parsed much faster than objects with 10,000 keys).

import type { Figure, Highlight } from '../shared/model';
import type { ArticleMeta } from '../store/types';

export interface SearchManifest {
  version: number;
  articles: Map<string, string>; // id -> metadata signature (the text never changes: the id is its hash)
  articleFigures: Map<string, string>; // id -> visible figure ids named in it, sorted, comma-joined
  notes: Map<string, string>; // id -> updated
  highlights: Map<string, string>; // id -> updated, position and its article's signature
  figures: Map<string, string>; // id -> name, aliases and roles
  decisions: string; // the curation decisions the figure data was computed with
}

type Table = [string[], string[]];
const TABLES = ['articles', 'articleFigures', 'notes', 'highlights', 'figures'] as const;

/** The manifest as saved. */
export type StoredManifest = { version: number; decisions: string } & Record<(typeof TABLES)[number], Table>;

export function emptyManifest(version: number): SearchManifest {
  return { version, articles: new Map(), articleFigures: new Map(), notes: new Map(), highlights: new Map(), figures: new Map(), decisions: '' };
}

export function storeManifest(m: SearchManifest): StoredManifest {
  const table = (map: Map<string, string>): Table => [[...map.keys()], [...map.values()]];
  return { version: m.version, decisions: m.decisions, articles: table(m.articles), articleFigures: table(m.articleFigures),
    notes: table(m.notes), highlights: table(m.highlights), figures: table(m.figures) };
}

/** The saved manifest, or undefined when it is of another version or shape (the index is then rebuilt). */
export function readManifest(json: unknown, version: number): SearchManifest | undefined {
  const s = json as Partial<StoredManifest> | null;
  if (!s || typeof s !== 'object' || s.version !== version || typeof s.decisions !== 'string') return undefined;
  const m = emptyManifest(version);
  m.decisions = s.decisions;
  for (const name of TABLES) {
    const t = s[name];
    if (!Array.isArray(t) || !Array.isArray(t[0]) || !Array.isArray(t[1]) || t[0].length !== t[1].length) return undefined;
    t[0].forEach((id, i) => m[name].set(id, t[1][i]));
  }
  return m;
}

const SEP = '\u0000';
const NONE = '\u0002';

/** Article signatures, remembered per metadata object and recomputed only when one of its fields changed. */
export class ArticleSignatures {
  private known = new WeakMap<ArticleMeta, { title: string; outlet: unknown; published: unknown; tags: string; sig: string }>();

  of(a: ArticleMeta): string {
    const tags = (a.tags ?? []).join('\u0001');
    const k = this.known.get(a);
    if (k && k.title === a.title && k.outlet === a.outlet && k.published === a.published && k.tags === tags) return k.sig;
    const sig = [a.title, a.outlet ?? NONE, a.published ?? NONE, tags].join(SEP);
    this.known.set(a, { title: a.title, outlet: a.outlet, published: a.published, tags, sig });
    return sig;
  }
}

export const figureSig = (f: Figure) => JSON.stringify([f.name, f.aliases, [...new Set(f.roles.map((r) => r.text))]]);

export function highlightSig(h: Highlight, articleSignature: string | undefined): string {
  const pos = h.target.find((s) => s.type === 'TextPositionSelector');
  const at = pos?.type === 'TextPositionSelector' ? `${pos.start}-${pos.end}` : '';
  return `${h.updated}|${at}|${articleSignature ?? ''}`;
}

/** Ids in `table` that `current` no longer has (checked only when the counts say some may be gone). */
export function goneFrom(table: Map<string, string>, current: readonly { id: string }[]): string[] {
  let present = 0;
  for (const x of current) if (table.has(x.id)) present++;
  if (present === table.size) return [];
  const ids = new Set(current.map((x) => x.id));
  return [...table.keys()].filter((id) => !ids.has(id));
}

/**
 * The article metadata a manifest was last brought up to date with: each metadata object and the fields its
 * signature reads, by identity. Unchanged (the usual case between two queries) is a pointer comparison per field,
 * not a signature per article; any doubt (another array length, a new object, a field set anew) means a full diff.
 */
export class ArticlesSeen {
  private values: unknown[] = [];
  private manifest: SearchManifest | undefined;

  unchanged(m: SearchManifest, metas: readonly ArticleMeta[]): boolean {
    const v = this.values;
    if (this.manifest !== m || v.length !== metas.length * 5) return false;
    for (let i = 0, o = 0; i < metas.length; i++, o += 5) {
      const a = metas[i];
      if (v[o] !== a || v[o + 1] !== a.title || v[o + 2] !== a.outlet || v[o + 3] !== a.published || v[o + 4] !== a.tags) return false;
    }
    return true;
  }

  /** Starts a record for `m`; `see` each article as its signature is taken. */
  start(m: SearchManifest): void {
    this.manifest = m;
    this.values = [];
  }

  see(a: ArticleMeta): void {
    this.values.push(a, a.title, a.outlet, a.published, a.tags);
  }

  forget(): void {
    this.manifest = undefined;
    this.values = [];
  }
}
