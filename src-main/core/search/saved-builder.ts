// Indexing from nothing straight into the saved form, a document at a time: each document is tokenised, signed and
// let go (an article keeps no text), so a notebook's texts need never be held at once, nor MiniSearch's maps built.

import { lean, MINI_OPTIONS, savedForm, signatureOf, type SavedSearchIndex } from './form';
import { QuireMiniSearch } from './mini';
import type { SearchDoc, StoredDoc } from './types';

export class SavedFormBuilder {
  private readonly packer = QuireMiniSearch.packer(MINI_OPTIONS);
  private stored: StoredDoc[] = [];
  private sigs: Uint8Array[] = [];

  /** With `leanArticles`, articles are stored without their texts (read from their bodies when needed). */
  constructor(private readonly leanArticles: boolean) {}

  /** Indexes one document; its kind and id must not have been added before. */
  add(d: SearchDoc): void {
    this.packer.add(d);
    this.sigs.push(signatureOf(d));
    this.stored.push(this.leanArticles && d.kind === 'article' ? lean(d) : d);
  }

  /** The saved form of the documents added, in their order. The builder is spent afterwards. */
  finish(): SavedSearchIndex {
    const { mini, counts } = this.packer.finish();
    const saved = savedForm(mini, counts, this.stored, this.sigs);
    this.stored = [];
    this.sigs = [];
    return saved;
  }
}
