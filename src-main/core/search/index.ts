// Full-text search over a notebook (articles, notes, highlights, figures) on MiniSearch: BM25 ranking, prefix and
// typo-tolerant words, verified "phrases", filters, snippets with marks, incremental updates and a persisted form.
//
// Why MiniSearch 7.2 over FlexSearch 0.8 (measured at 10,000 synthetic articles, scripts/bench/search.bench.ts): it has
// true edit-distance typo tolerance ("defectoin" finds "defection"; FlexSearch's encoders found nothing), BM25 ranking
// with field boosts, query trees, lazy removal (discard) and a serialised index a quarter of FlexSearch's (29 MB vs
// 114 MB with prefix tokenising), built and loaded faster. FlexSearch answers common single words faster (it keeps
// pre-ranked lists), which is why queries here plan around very common words (see plan.ts).
// One document per article, not per paragraph: 26x fewer documents (264k paragraphs made every query slower and the
// index 2.7x larger); the passage a hit lands on is found afterwards, for the hits shown only.

// Queries are ranked by ranking.ts (MiniSearch's scores without a result object per matching document); a saved index
// can answer without being loaded whole (SavedIndex: postings decoded term by term, texts read for the hits only).

import { answer, type Answerable, type DocText, type TextSource } from './answer';
import { docAt } from './columns';
import { decodePhrases, isCurrentForm, keyOf, KINDS, lean, MINI_OPTIONS, savedForm, signatureOf, type SavedForm, type SavedPhrases, type SavedSearchIndex } from './form';
import { QuireMiniSearch } from './mini';
import { PackedSource, SearchIndexFormatError } from './packed';
import type { RankSettings, RankSource } from './ranking';
import { SavedFormBuilder } from './saved-builder';
import { fold } from './terms';
import { boundedCompletions } from './plan';
import type { SearchDoc, SearchHit, SearchKind, SearchOptions, StoredDoc } from './types';

export type { DocText, TextSource } from './answer';
export type { SearchDoc, SearchFilters, SearchHit, SearchKind, SearchOptions, StoredDoc } from './types';
export { articleToDocs, figureToDoc, highlightToDoc, noteToDoc } from './docs';
export { SEARCH_INDEX_VERSION, type SavedForm, type SavedPhrases, type SavedSearchIndex } from './form';
export { SearchIndexFormatError } from './packed';

/** Word counts: completions of a word being typed and suggestions. */
class Vocabulary {
  private sorted: string[] | null = null; // indexed words in order, for completing a word being typed

  constructor(readonly counts: Map<string, number>) {}

  changed(): void {
    this.sorted = null;
  }

  /** Words completing `prefix` (folded), most frequent first, bounded so that their postings stay about one
   * document list long: a two-letter prefix must not walk every word it begins. */
  completions(prefix: string, documentCount: number): string[] {
    const terms = (this.sorted ??= [...this.counts.keys()].sort());
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: [string, number][] = [];
    for (let i = lo; i < terms.length && terms[i].startsWith(prefix); i++) found.push([terms[i], this.counts.get(terms[i]) ?? 0]);
    return boundedCompletions(found, Math.max(50, documentCount));
  }

  /** Indexed words that start with the last word of `prefix` (folded), the most frequent first. */
  suggest(prefix: string, limit: number): string[] {
    const last = fold(prefix.trim().split(/\s+/).pop() ?? '');
    if (!last) return [];
    const found: [string, number][] = [];
    for (const [term, n] of this.counts) if (term.startsWith(last)) found.push([term, n]);
    return found.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([t]) => t);
  }
}

/** The live index: documents added, replaced and removed in place; saved with `save()`. */
export class SearchIndex implements Answerable {
  readonly counts = new Map<string, number>(); // occurrences of every indexed term in the documents now in the index
  private vocabulary = new Vocabulary(this.counts);
  private mini = new QuireMiniSearch<SearchDoc>(MINI_OPTIONS);
  private docs = new Map<string, StoredDoc>();
  private signatureByKey = new Map<string, Uint8Array>();
  private signatureByDoc: (Uint8Array | undefined)[] | null = null; // by short id, rebuilt after a change

  /** With `texts`, article texts are not kept once indexed: snippets and phrase checks read them from there. */
  constructor(private readonly texts?: TextSource) {}

  get size(): number {
    return this.docs.size;
  }

  get documentCount(): number {
    return this.mini.documentCount;
  }

  /** Adds documents; a document whose kind and id are already indexed replaces the old one. */
  add(docs: SearchDoc[]): void {
    const batch = new Map<string, SearchDoc>();
    for (const d of docs) batch.set(keyOf(d.kind, d.id), d);
    const replaced = [...batch.keys()].filter((k) => this.docs.has(k));
    if (replaced.length > 0) this.drop(replaced);
    // Every term is counted as it is indexed: known words skip typo expansion, very common ones ranking (plan.ts).
    this.mini.addBatch([...batch.values()], (term, n) => this.counts.set(term, (this.counts.get(term) ?? 0) + n));
    for (const [key, d] of batch) {
      this.signatureByKey.set(key, signatureOf(d));
      this.docs.set(key, this.texts && d.kind === 'article' ? lean(d) : d);
    }
    this.changed();
  }

  /** Removes the documents with these ids, whatever their kind. Unknown ids are ignored. */
  remove(ids: string[]): void {
    const keys = ids.flatMap((id) => KINDS.map((kind) => keyOf(kind, id))).filter((k) => this.docs.has(k));
    if (keys.length > 0) this.drop(keys);
  }

  /** Removes these documents (by kind and id) at once, as `add` removes those it replaces: adding them afterwards, in
   * batches or not, gives the index one `add` of them all would. Documents not indexed are ignored. */
  deleteAll(docs: readonly { kind: SearchKind; id: string }[]): void {
    const keys = docs.map((d) => keyOf(d.kind, d.id)).filter((k) => this.docs.has(k));
    if (keys.length > 0) this.drop(keys);
  }

  /** Removes one document by kind and id; false when it was not indexed. */
  delete(kind: SearchKind, id: string): boolean {
    const key = keyOf(kind, id);
    if (!this.docs.has(key)) return false;
    this.drop([key]);
    return true;
  }

  has(kind: SearchKind, id: string): boolean {
    return this.docs.has(keyOf(kind, id));
  }

  /** Word counts come off by the removed documents' own occurrences (read from the postings: no text needed). */
  private drop(keys: string[]): void {
    for (const [term, n] of this.mini.occurrences(keys)) {
      const left = (this.counts.get(term) ?? 0) - n;
      if (left > 0) this.counts.set(term, left);
      else this.counts.delete(term);
    }
    for (const key of keys) {
      this.docs.delete(key);
      this.signatureByKey.delete(key);
      this.mini.discard(key);
    }
    this.changed();
  }

  private changed(): void {
    this.vocabulary.changed();
    this.signatureByDoc = null;
  }

  /** Replaces documents by kind and id (adds those not yet indexed). */
  replace(docs: SearchDoc[]): void {
    this.add(docs);
  }

  search(q: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
    return answer(this, q, opts);
  }

  completions(prefix: string): string[] {
    return this.vocabulary.completions(prefix, this.mini.documentCount);
  }

  suggest(prefix: string, limit = 10): string[] {
    return this.vocabulary.suggest(prefix, limit);
  }

  rankSource(): RankSource {
    return this.mini.rankSource();
  }

  rankSettings(): RankSettings {
    return this.mini.rankSettings();
  }

  doc(key: string): StoredDoc | undefined {
    return this.docs.get(key);
  }

  async signatures(): Promise<(doc: number) => Uint8Array | undefined> {
    const byDoc = (this.signatureByDoc ??= [...this.signatureByKey].reduce<(Uint8Array | undefined)[]>((out, [key, sig]) => {
      const doc = this.mini.shortIdOf(key);
      if (doc !== undefined) out[doc] = sig;
      return out;
    }, []));
    return (doc) => byDoc[doc];
  }

  text(doc: StoredDoc): Promise<DocText | undefined> | DocText | undefined {
    if (doc.text !== undefined) return { text: doc.text, paragraphs: doc.paragraphs };
    return this.texts?.(doc);
  }

  /** The saved form: the index as JSON-ready data, and the phrase signatures apart (only phrase queries need them). */
  save(): SavedSearchIndex {
    const mini = this.mini.pack();
    const counts = mini.terms.map((t) => this.counts.get(t) ?? 0);
    const sigs = mini.ids.map((key) => this.signatureByKey.get(key) ?? new Uint8Array(0));
    return savedForm(mini, counts, mini.ids.map((key) => this.docs.get(key)!), sigs);
  }

  /** Restores a saved index whole, ready for changes; throws SearchIndexFormatError if it must be rebuilt instead. */
  static load(saved: SavedSearchIndex, texts?: TextSource): SearchIndex {
    const form = saved?.index;
    if (!SearchIndex.isCurrent(form)) throw new SearchIndexFormatError('search index is missing, damaged or of another version');
    const index = new SearchIndex(texts);
    index.mini = QuireMiniSearch.unpack(form.mini, MINI_OPTIONS);
    form.mini.terms.forEach((t, i) => {
      if (form.counts[i] > 0) index.counts.set(t, form.counts[i]);
    });
    const sigs = decodePhrases(form, saved.phrases);
    form.mini.ids.forEach((key, i) => {
      index.docs.set(key, docAt(form.docs, i));
      if (sigs[i]) index.signatureByKey.set(key, sigs[i]!);
    });
    return index;
  }

  /** True when `form` is a saved index (`save().index`) this version can load. */
  static isCurrent(form: unknown): form is SavedForm {
    return isCurrentForm(form);
  }

  static fromDocs(docs: SearchDoc[], texts?: TextSource): SearchIndex {
    const index = new SearchIndex(texts);
    index.add(docs);
    return index;
  }
}

/**
 * A saved index answering queries as it lies: only the postings of the words a query needs are decoded, phrase
 * signatures are read on the first phrase, texts for the hits. A command-line search of an unchanged notebook needs
 * nothing more; `toIndex()` loads it whole when documents must be added or removed.
 */
export class SavedIndex implements Answerable {
  private readonly source: PackedSource;
  private readonly position = new Map<string, number>(); // document key -> its place in the saved columns
  private countsByTerm: Map<string, number> | undefined;
  private vocabulary: Vocabulary | undefined;
  private phrases: Promise<SavedPhrases | undefined> | undefined;
  private signatureByDoc: Promise<(Uint8Array | undefined)[]> | undefined;
  private settings: RankSettings | undefined;
  private built: SavedSearchIndex | undefined;

  private constructor(private readonly form: SavedForm, private readonly texts: TextSource | undefined, private readonly loadPhrases?: () => Promise<SavedPhrases | undefined>) {
    this.source = new PackedSource(form.mini);
    form.mini.ids.forEach((key, i) => this.position.set(key, i));
  }

  /**
   * Indexes `docs` straight into the saved form (no MiniSearch maps: a fraction of a live build's time and memory at
   * 10,000 articles) and answers from it; `save()` gives that form. With `texts`, article texts are left out. A
   * document whose kind and id come again replaces the earlier one in its place.
   */
  static build(docs: SearchDoc[], texts?: TextSource): SavedIndex {
    const batch = new Map<string, SearchDoc>();
    for (const d of docs) batch.set(keyOf(d.kind, d.id), d);
    const builder = SavedIndex.builder(texts);
    for (const d of batch.values()) builder.add(d);
    return builder.finish();
  }

  /** `build` a document at a time, for documents streamed in (each kind and id once): none need be held. */
  static builder(texts?: TextSource): { add(doc: SearchDoc): void; finish(): SavedIndex } {
    const builder = new SavedFormBuilder(!!texts);
    return {
      add: (doc) => builder.add(doc),
      finish: () => {
        const saved = builder.finish();
        const index = new SavedIndex(saved.index, texts, async () => saved.phrases);
        index.built = saved;
        return index;
      },
    };
  }

  /** The saved form of an index built here (`build`); undefined for one opened from a save, which has not changed. */
  save(): SavedSearchIndex | undefined {
    return this.built;
  }

  /** Opens a saved index (throws SearchIndexFormatError if it must be rebuilt). `phrases` loads its signatures. */
  static open(form: unknown, texts?: TextSource, phrases?: () => Promise<SavedPhrases | undefined>): SavedIndex {
    if (!SearchIndex.isCurrent(form)) throw new SearchIndexFormatError('search index is missing, damaged or of another version');
    return new SavedIndex(form, texts, phrases);
  }

  get size(): number {
    return this.position.size;
  }

  get documentCount(): number {
    return this.form.mini.documentCount;
  }

  get counts(): Map<string, number> {
    if (!this.countsByTerm) {
      this.countsByTerm = new Map();
      const { terms } = this.form.mini;
      this.form.counts.forEach((n, i) => {
        if (n > 0) this.countsByTerm!.set(terms[i], n);
      });
    }
    return this.countsByTerm;
  }

  has(kind: SearchKind, id: string): boolean {
    return this.position.has(keyOf(kind, id));
  }

  search(q: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
    return answer(this, q, opts);
  }

  completions(prefix: string): string[] {
    this.vocabulary ??= new Vocabulary(this.counts);
    return this.vocabulary.completions(prefix, this.documentCount);
  }

  suggest(prefix: string, limit = 10): string[] {
    this.vocabulary ??= new Vocabulary(this.counts);
    return this.vocabulary.suggest(prefix, limit);
  }

  rankSource(): RankSource {
    return this.source;
  }

  rankSettings(): RankSettings {
    return (this.settings ??= new QuireMiniSearch<SearchDoc>(MINI_OPTIONS).rankSettings());
  }

  doc(key: string): StoredDoc | undefined {
    const i = this.position.get(key);
    return i === undefined ? undefined : docAt(this.form.docs, i);
  }

  async signatures(): Promise<(doc: number) => Uint8Array | undefined> {
    this.signatureByDoc ??= this.savedPhrases().then((p) => {
      const sigs = decodePhrases(this.form, p);
      const byDoc: (Uint8Array | undefined)[] = [];
      this.form.mini.shortIds.forEach((doc, i) => (byDoc[doc] = sigs[i]));
      return byDoc;
    });
    const byDoc = await this.signatureByDoc;
    return (doc) => byDoc[doc];
  }

  text(doc: StoredDoc): Promise<DocText | undefined> | DocText | undefined {
    if (doc.text !== undefined) return { text: doc.text, paragraphs: doc.paragraphs };
    return this.texts?.(doc);
  }

  /** The whole index, loaded for changes. */
  async toIndex(): Promise<SearchIndex> {
    return SearchIndex.load({ index: this.form, phrases: await this.savedPhrases() }, this.texts);
  }

  private savedPhrases(): Promise<SavedPhrases | undefined> {
    this.phrases ??= (this.loadPhrases?.() ?? Promise.resolve(undefined)).catch(() => undefined);
    return this.phrases;
  }
}
