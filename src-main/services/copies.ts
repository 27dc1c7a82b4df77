// Near-copy detection across the notebook: per-article fingerprints cached by article id, copies found by LSH.

import { fingerprint, findCopies, type Fingerprint } from '../core/compare';
import type { NotebookStore } from '../store/types';

const CACHE = 'fingerprints-v1';

export class CopyIndex {
  private fps: Record<string, Fingerprint> | undefined;
  private copies: Record<string, string[]> | undefined;
  private key = '';

  constructor(private readonly store: NotebookStore) {}

  /** id -> ids of its near-copies, for the articles now in the notebook. */
  async copiesById(): Promise<Record<string, string[]>> {
    const ids = this.store.listArticles().map((a) => a.id);
    const key = ids.join(',');
    if (this.copies && key === this.key) return this.copies;
    this.fps ??= (await this.store.readCache<Record<string, Fingerprint>>(CACHE)) ?? {};
    let added = false;
    for (const id of ids) {
      if (this.fps[id]) continue;
      const article = await this.store.getArticle(id);
      if (!article) continue;
      this.fps[id] = fingerprint(article.text);
      added = true;
    }
    if (added) await this.store.writeCache(CACHE, this.fps);
    const fps = this.fps;
    const present = new Set(ids);
    const copies = findCopies(ids.filter((id) => fps[id]).map((id) => ({ id, fp: fps[id] })));
    for (const [id, list] of Object.entries(copies)) copies[id] = list.filter((c) => present.has(c));
    this.copies = copies;
    this.key = key;
    return copies;
  }
}
