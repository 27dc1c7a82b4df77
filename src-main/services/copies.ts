// Near-copy detection across the notebook: per-article fingerprints cached by article id, copies found by LSH, and the
// resulting copies map cached under the list of article ids, so opening a notebook reads one small file.

import { fingerprint, findCopies, FINGERPRINT_VERSION, type Fingerprint } from '../core/compare';
import { contentHash } from '../core/text/hash';
import type { NotebookStore } from '../store/types';

const FINGERPRINTS = 'fingerprints-v1';
const COPIES = 'copies-v1';

interface CachedCopies {
  key: string; // hash of the article ids (and the fingerprint version) the map was computed for
  copies: Record<string, string[]>;
}

export class CopyIndex {
  private fps: Record<string, Fingerprint> | undefined;
  private copies: Record<string, string[]> | undefined;
  private key = '';

  constructor(private readonly store: NotebookStore) {}

  /** id -> ids of its near-copies, for the articles now in the notebook. */
  async copiesById(): Promise<Record<string, string[]>> {
    const ids = this.store.listArticles().map((a) => a.id);
    const key = contentHash(`${FINGERPRINT_VERSION}|${ids.join(',')}`);
    if (this.copies && key === this.key) return this.copies;
    const cached = await this.store.readCache<CachedCopies>(COPIES);
    const copies = cached?.key === key ? cached.copies : await this.compute(ids);
    if (cached?.key !== key) await this.store.writeCache(COPIES, { key, copies } satisfies CachedCopies);
    this.copies = copies;
    this.key = key;
    return copies;
  }

  private async compute(ids: string[]): Promise<Record<string, string[]>> {
    this.fps ??= (await this.store.readCache<Record<string, Fingerprint>>(FINGERPRINTS)) ?? {};
    let added = false;
    for (const id of ids) {
      if (this.fps[id]) continue;
      const article = await this.store.getArticle(id);
      if (!article) continue;
      this.fps[id] = fingerprint(article.text);
      added = true;
    }
    if (added) await this.store.writeCache(FINGERPRINTS, this.fps);
    const fps = this.fps;
    const present = new Set(ids);
    const copies = findCopies(ids.filter((id) => fps[id]).map((id) => ({ id, fp: fps[id] })));
    for (const [id, list] of Object.entries(copies)) copies[id] = list.filter((c) => present.has(c));
    return copies;
  }
}
