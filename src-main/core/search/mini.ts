// MiniSearch opened up for Quire's ranking (ranking.ts): postings, lengths and ids read through the protected fields
// MiniSearch keeps for subclasses, and a packed form (packed.ts) to save it and to load it back whole.

import MiniSearch, { type Options } from 'minisearch';
import { decodePostings, encodePostings, type PackedMini } from './packed';
import { PostingsBuilder } from './postings-builder';
import type { FieldTermData, RankSettings, RankSource } from './ranking';

export class QuireMiniSearch<T> extends MiniSearch<T> {
  /**
   * Adds documents as MiniSearch's addAll() does, one after another, with the same ids, lengths, averages and postings
   * (in the same orders, so ranking and saving see the same index), and tells `counted` how often each term occurs in
   * them. Postings are gathered in flat arrays and put in the radix tree once per term, instead of a tree walk for
   * every word occurrence.
   */
  addBatch(documents: readonly T[], counted?: (term: string, occurrences: number) => void): void {
    for (const [term, fields] of this.gather(documents, counted)) {
      let data = this._index.get(term);
      if (!data) this._index.set(term, (data = new Map()));
      for (const [fieldId, flat] of fields) {
        let docs = data.get(fieldId);
        if (!docs) data.set(fieldId, (docs = new Map()));
        for (let k = 0; k < flat.length; k += 2) docs.set(flat[k], flat[k + 1]);
      }
    }
  }

  /**
   * The packed form of an index of `documents` alone, as `addBatch` then `pack` would give it (terms in first-seen
   * order), built without MiniSearch's maps (see PostingsBuilder): a search of a notebook indexed from nothing needs
   * only the packed form. `packer` does the same a document at a time.
   */
  static packDocuments<T>(documents: Iterable<T>, options: Options<T>, counted?: (term: string, occurrences: number) => void): PackedMini {
    const packer = QuireMiniSearch.packer(options);
    for (const document of documents) packer.add(document);
    const { mini, counts } = packer.finish();
    if (counted) mini.terms.forEach((term, i) => counted(term, counts[i]));
    return mini;
  }

  /** Packs documents given one at a time: a document can be let go as soon as it is added (see packDocuments). */
  static packer<T>(options: Options<T>): { add(document: T): void; finish(): { mini: PackedMini; counts: number[] } } {
    const m = new QuireMiniSearch<T>(options);
    const postings = new PostingsBuilder(m._options.fields.length);
    return {
      add: (document) => m.register(document, (doc, fieldId, tf) => postings.add(doc, fieldId, tf)),
      finish: () => {
        const { terms, postings: packed, counts } = postings.finish();
        return { mini: { ...m.header(), terms, postings: packed }, counts };
      },
    };
  }

  /** Ids, lengths and averages as MiniSearch's add() keeps them; postings as term -> field -> [doc, count, ...]. */
  private gather(documents: readonly T[], counted?: (term: string, occurrences: number) => void): Map<string, Map<number, number[]>> {
    const pending = new Map<string, Map<number, number[]>>(); // terms in first-seen order
    for (const document of documents) {
      this.register(document, (doc, fieldId, tf) => tf.forEach((n, term) => {
        let data = pending.get(term);
        if (!data) pending.set(term, (data = new Map()));
        const flat = data.get(fieldId);
        if (flat) flat.push(doc, n);
        else data.set(fieldId, [doc, n]);
        counted?.(term, n);
      }));
    }
    return pending;
  }

  /**
   * Gives a document its short id, field lengths and running averages as MiniSearch's add() does, leaving the postings
   * to `each`: it gets every field's term frequencies (terms in first-seen order; the map is reused for the next field).
   */
  private register(document: T, each: (doc: number, fieldId: number, tf: ReadonlyMap<string, number>) => void): void {
    const { extractField, stringifyField, tokenize, processTerm, fields, idField, storeFields } = this._options;
    if (storeFields && storeFields.length > 0) throw new Error('addBatch: stored fields are not supported');
    const id = extractField(document, idField);
    if (id == null) throw new Error(`MiniSearch: document does not have ID field "${idField}"`);
    if (this._idToShortId.has(id)) throw new Error(`MiniSearch: duplicate ID ${id}`);
    const doc = this._nextId++;
    this._idToShortId.set(id, doc);
    this._documentIds.set(doc, id);
    this._documentCount += 1;
    const tf = new Map<string, number>();
    for (const field of fields) {
      const value = extractField(document, field);
      if (value == null) continue;
      const tokens = tokenize(stringifyField(value, field), field);
      const fieldId = this._fieldIds[field];
      tf.clear();
      let unchanged = true; // every token its own term: then the distinct tokens are the terms counted
      for (const token of tokens) {
        const processed = processTerm(token, field);
        if (processed !== token || !token) unchanged = false;
        if (Array.isArray(processed)) for (const term of processed) tf.set(term, (tf.get(term) ?? 0) + 1);
        else if (processed) tf.set(processed, (tf.get(processed) ?? 0) + 1);
      }
      this.addLength(doc, fieldId, this._documentCount - 1, unchanged ? tf.size : new Set(tokens).size);
      each(doc, fieldId, tf);
    }
  }

  /** The packed form's counters and documents (short id, id, field lengths): all but the postings. */
  private header(): Omit<PackedMini, 'terms' | 'postings'> {
    const shortIds = [...this._documentIds.keys()];
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      fieldIds: { ...this._fieldIds },
      avgFieldLength: [...this._avgFieldLength],
      shortIds,
      ids: shortIds.map((s) => this._documentIds.get(s) as string),
      lengths: shortIds.map((s) => [...(this._fieldLength.get(s) ?? [])]),
    };
  }

  /** MiniSearch's running average of field lengths, the same operations in the same order. */
  private addLength(doc: number, fieldId: number, count: number, length: number): void {
    let lengths = this._fieldLength.get(doc);
    if (!lengths) this._fieldLength.set(doc, (lengths = []));
    lengths[fieldId] = length;
    const average = this._avgFieldLength[fieldId] || 0;
    const total = average * count + length;
    this._avgFieldLength[fieldId] = total / (count + 1);
  }

  /** Ranking's view of this index; valid until the index changes. */
  rankSource(): RankSource {
    const fieldLength = this._fieldLength;
    const documentIds = this._documentIds;
    const index = this._index;
    return {
      documentCount: this._documentCount,
      capacity: this._nextId,
      fieldIds: this._fieldIds,
      avgFieldLength: this._avgFieldLength,
      stale: this._dirtCount > 0,
      fieldLength: (doc) => fieldLength.get(doc),
      idOf: (doc) => documentIds.get(doc) as string | undefined,
      postings: (term) => index.get(term),
      prefixed: (prefix) => index.atPrefix(prefix),
      similar: (term, maxDistance) => index.fuzzyGet(term, maxDistance) as Map<string, [FieldTermData, number]>,
    };
  }

  rankSettings(): RankSettings {
    return settingsOf(this._options);
  }

  shortIdOf(id: string): number | undefined {
    return this._idToShortId.get(id);
  }

  /** How often each term occurs in the documents with these ids (read from the postings, before they are discarded). */
  occurrences(ids: string[]): Map<string, number> {
    const docs = new Set<number>();
    for (const id of ids) {
      const short = this._idToShortId.get(id);
      if (short !== undefined) docs.add(short);
    }
    const out = new Map<string, number>();
    if (docs.size === 0) return out;
    const add = (term: string, n: number | undefined) => {
      if (n) out.set(term, (out.get(term) ?? 0) + n);
    };
    for (const [term, data] of this._index) {
      for (const freqs of data.values()) {
        if (freqs.size < docs.size) {
          for (const [doc, n] of freqs) if (docs.has(doc)) add(term, n);
        } else {
          for (const doc of docs) add(term, freqs.get(doc));
        }
      }
    }
    return out;
  }

  /** The index without the postings of removed documents, terms in the index's own order. */
  pack(): PackedMini {
    const live = (doc: number) => this._documentIds.has(doc);
    const terms: string[] = [];
    const postings: string[] = [];
    for (const [term, data] of this._index) {
      const packed = encodePostings(data, live);
      if (!packed) continue;
      terms.push(term);
      postings.push(packed);
    }
    return { ...this.header(), terms, postings };
  }

  /** Loads a packed index whole (every posting decoded), ready for adding and removing documents. */
  static unpack<T>(p: PackedMini, options: Options<T>): QuireMiniSearch<T> {
    const m = new QuireMiniSearch<T>(options);
    m._documentCount = p.documentCount;
    m._nextId = p.nextId;
    m._fieldIds = { ...p.fieldIds };
    m._avgFieldLength = [...p.avgFieldLength];
    m._dirtCount = 0;
    p.shortIds.forEach((shortId, i) => {
      m._documentIds.set(shortId, p.ids[i]);
      m._idToShortId.set(p.ids[i], shortId);
      m._fieldLength.set(shortId, p.lengths[i]);
    });
    p.terms.forEach((term, i) => m._index.set(term, decodePostings(p.postings[i])));
    return m;
  }
}

export function settingsOf(o: { fields: string[]; tokenize: (text: string, field?: string) => string[]; searchOptions: RankSettings['searchOptions'] }): RankSettings {
  return { fields: o.fields, tokenize: (text) => o.tokenize(text), searchOptions: o.searchOptions };
}
