// Postings packed as short strings for the saved index: one string per term, decoded only when a query needs the term
// (a command-line search reads a handful of the 20,000 terms of a 10,000-article notebook, not all 3 million postings).
//
// A term's string holds, for each field: field id, document count, then (document id delta, occurrences) pairs. Each
// number is written 5 bits a character: '0'..'O' ends a number, ']'..'|' says more follows. No character needs
// escaping in JSON, and a common word (most documents, once or twice each) takes about two characters a document.

import SearchableMap from 'minisearch/SearchableMap';
import type { FieldTermData, RankSource } from './ranking';

/** Thrown when a saved index is missing, damaged or of another version: the caller rebuilds it. */
export class SearchIndexFormatError extends Error {
  name = 'SearchIndexFormatError';
}

export const LAST = 48; // '0': a number's final five bits
export const MORE = 93; // ']': five bits with more to follow

function put(out: string[], n: number): void {
  while (n >= 32) {
    out.push(String.fromCharCode(MORE + (n & 31)));
    n = Math.floor(n / 32);
  }
  out.push(String.fromCharCode(LAST + n));
}

const zigzag = (n: number) => (n >= 0 ? 2 * n : -2 * n - 1);
const unzigzag = (n: number) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

/** Packs one term's postings, keeping each field's document order; documents `live` rejects are left out. */
export function encodePostings(data: FieldTermData, live: (doc: number) => boolean): string {
  const fields = new Map<number, number[]>();
  for (const [fieldId, docs] of data) {
    const flat: number[] = [];
    for (const [doc, tf] of docs) if (live(doc)) flat.push(doc, tf);
    if (flat.length > 0) fields.set(fieldId, flat);
  }
  return encodeFlat(fields);
}

/** Packs one term's postings given as field id -> [doc, occurrences, doc, occurrences, ...]. */
export function encodeFlat(fields: Map<number, number[]>): string {
  const out: string[] = [];
  for (const [fieldId, flat] of fields) {
    if (flat.length === 0) continue;
    put(out, fieldId);
    put(out, flat.length / 2);
    let prev = 0;
    for (let k = 0; k < flat.length; k += 2) {
      put(out, zigzag(flat[k] - prev));
      put(out, flat[k + 1]);
      prev = flat[k];
    }
  }
  return out.join('');
}

/** The postings `encodePostings` packed, as MiniSearch holds them. */
export function decodePostings(s: string): FieldTermData {
  let i = 0;
  const next = (): number => {
    let n = 0;
    let scale = 1;
    for (;;) {
      const c = s.charCodeAt(i++);
      if (c >= MORE && c < MORE + 32) {
        n += (c - MORE) * scale;
        scale *= 32;
      } else if (c >= LAST && c < LAST + 32) {
        return n + (c - LAST) * scale;
      } else {
        throw new SearchIndexFormatError('search index postings are damaged');
      }
    }
  };
  const data: FieldTermData = new Map();
  while (i < s.length) {
    const fieldId = next();
    const count = next();
    const docs = new Map<number, number>();
    let doc = 0;
    for (let k = 0; k < count; k++) {
      doc += unzigzag(next());
      docs.set(doc, next());
    }
    data.set(fieldId, docs);
  }
  return data;
}

/** A MiniSearch index as plain JSON: its counters, documents (short id, id, field lengths) and packed postings. */
export interface PackedMini {
  documentCount: number;
  nextId: number;
  fieldIds: Record<string, number>;
  avgFieldLength: number[];
  shortIds: number[];
  ids: string[];
  lengths: number[][];
  terms: string[]; // in the index's own order, so a reloaded index walks them as the saved one did
  postings: string[];
}

/** Ranking over a packed index without loading it: a term's postings are decoded when a query first needs them. */
export class PackedSource implements RankSource {
  readonly documentCount: number;
  readonly capacity: number;
  readonly fieldIds: Readonly<Record<string, number>>;
  readonly avgFieldLength: readonly number[];
  readonly stale = false;
  private readonly lengths: (number[] | undefined)[] = []; // by short id
  private readonly ids: (string | undefined)[] = [];
  private readonly termIndex = new Map<string, number>();
  private readonly decoded = new Map<number, FieldTermData>(); // most recently used last
  private tree: SearchableMap<number> | undefined;

  constructor(private readonly p: PackedMini, private readonly keepDecoded = 256) {
    this.documentCount = p.documentCount;
    this.capacity = p.nextId;
    this.fieldIds = p.fieldIds;
    this.avgFieldLength = p.avgFieldLength;
    p.shortIds.forEach((s, i) => {
      this.lengths[s] = p.lengths[i];
      this.ids[s] = p.ids[i];
    });
    p.terms.forEach((t, i) => this.termIndex.set(t, i));
  }

  fieldLength(doc: number): readonly number[] | undefined {
    return this.lengths[doc];
  }

  idOf(doc: number): string | undefined {
    return this.ids[doc];
  }

  postings(term: string): FieldTermData | undefined {
    const i = this.termIndex.get(term);
    return i === undefined ? undefined : this.decode(i);
  }

  *prefixed(prefix: string): Iterable<[string, FieldTermData]> {
    for (const [term, i] of this.terms().atPrefix(prefix)) yield [term, this.decode(i)];
  }

  similar(term: string, maxDistance: number): Map<string, [FieldTermData, number]> {
    const out = new Map<string, [FieldTermData, number]>();
    for (const [t, [i, distance]] of this.terms().fuzzyGet(term, maxDistance)) out.set(t, [this.decode(i), distance]);
    return out;
  }

  /** Every term in a radix tree (built on the first prefix or typo lookup), inserted in the saved order. */
  private terms(): SearchableMap<number> {
    if (!this.tree) {
      this.tree = new SearchableMap<number>();
      this.p.terms.forEach((t, i) => this.tree!.set(t, i));
    }
    return this.tree;
  }

  private decode(i: number): FieldTermData {
    let data = this.decoded.get(i);
    if (data) {
      this.decoded.delete(i);
    } else {
      data = decodePostings(this.p.postings[i]);
      if (this.decoded.size >= this.keepDecoded) this.decoded.delete(this.decoded.keys().next().value!);
    }
    this.decoded.set(i, data);
    return data;
  }
}
