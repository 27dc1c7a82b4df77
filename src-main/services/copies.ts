// Near-copy detection across the notebook: per-article fingerprints (taken at import, while the text is in memory),
// and the copies map cached with the ids it covers, so an import or a deletion updates it instead of recomputing it.

import { fingerprint, findCopies, findCopyPairsOf, FINGERPRINT_VERSION, type Fingerprint } from '../core/compare';
import { contentHash } from '../core/text/hash';
import type { NotebookStore } from '../store/types';

const FINGERPRINTS = 'fingerprints-v1';
const COPIES = 'copies-v2';

interface CachedCopies {
  key: string; // hash of the article ids (and the fingerprint version) the map was computed for
  ids: string[];
  copies: Record<string, string[]>;
}

export class CopyIndex {
  private fps: Record<string, Fingerprint> | undefined;
  private fpsChanged = false;
  private fresh: Record<string, Fingerprint> = {};
  private cached: CachedCopies | undefined;

  constructor(private readonly store: NotebookStore) {}

  /** Fingerprints articles being imported, so the copies map can be brought up to date without reading them back. */
  remember(articles: readonly { id: string; text: string }[]): void {
    for (const a of articles) this.fresh[a.id] = fingerprint(a.text);
  }

  /** id -> ids of its near-copies, for the articles now in the notebook. */
  async copiesById(): Promise<Record<string, string[]>> {
    const ids = this.store.listArticles().map((a) => a.id);
    const key = contentHash(`${FINGERPRINT_VERSION}|${ids.join(',')}`);
    if (this.cached?.key === key) return this.cached.copies;
    const cached = this.cached ?? (await this.readCached());
    const next = cached?.key === key ? cached : await this.update(ids, key, cached);
    if (next !== cached) await this.store.writeCache(COPIES, next);
    this.cached = next;
    return next.copies;
  }

  private async readCached(): Promise<CachedCopies | undefined> {
    const c = await this.store.readCache<CachedCopies>(COPIES);
    return c && typeof c.key === 'string' && Array.isArray(c.ids) && typeof c.copies === 'object' ? c : undefined;
  }

  /** The cached map minus deleted articles, plus the pairs that involve new ones (all pairs when nothing was cached). */
  private async update(ids: string[], key: string, cached: CachedCopies | undefined): Promise<CachedCopies> {
    const present = new Set(ids);
    const known = new Set(cached?.ids ?? []);
    const added = new Set(ids.filter((id) => !known.has(id)));
    const order = new Map(ids.map((id, k) => [id, k]));
    const copies: Record<string, string[]> = {};
    for (const [id, list] of Object.entries(cached?.copies ?? {})) {
      if (!present.has(id)) continue;
      const kept = list.filter((c) => present.has(c));
      if (kept.length) copies[id] = kept;
    }
    if (added.size) {
      const fps = await this.fingerprints(ids);
      const items = ids.filter((id) => fps[id]).map((id) => ({ id, fp: fps[id] }));
      const found = cached ? pairsToMap(findCopyPairsOf(added, items)) : findCopies(items);
      this.fps = undefined; // ~20 MB at 10k: read again from the cache when articles are next added
      for (const [id, list] of Object.entries(found)) copies[id] = [...new Set([...(copies[id] ?? []), ...list])];
      for (const id of Object.keys(copies)) copies[id].sort((x, y) => order.get(x)! - order.get(y)!);
    }
    return { key, ids, copies };
  }

  /** Fingerprints of `ids`: remembered at import, else cached, else computed from the stored text. */
  private async fingerprints(ids: string[]): Promise<Record<string, Fingerprint>> {
    this.fps ??= (await this.store.readCache<Record<string, Fingerprint>>(FINGERPRINTS)) ?? {};
    const fps = this.fps;
    for (const id of ids) {
      if (fps[id]) continue;
      const fp = this.fresh[id] ?? (await this.store.getArticle(id).then((a) => (a ? fingerprint(a.text) : undefined)));
      if (!fp) continue;
      fps[id] = fp;
      this.fpsChanged = true;
    }
    this.fresh = {};
    if (this.fpsChanged) {
      const present = new Set(ids);
      for (const id of Object.keys(fps)) if (!present.has(id)) delete fps[id]; // deleted articles
      await this.store.writeCache(FINGERPRINTS, fps);
      this.fpsChanged = false;
    }
    return fps;
  }
}

function pairsToMap(pairs: { a: string; b: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { a, b } of pairs) {
    if (a === b) continue;
    (out[a] ??= []).push(b);
    (out[b] ??= []).push(a);
  }
  return out;
}
