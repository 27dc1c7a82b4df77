// What every search index shares and saves: MiniSearch's options (fields, tokeniser, boosts), documents keyed by kind
// and id, phrase signatures, and the saved shapes (the index; the signatures apart) with their checks.

import type { Options } from 'minisearch';
import { columnsLength, toColumns, type DocColumns } from './columns';
import type { PackedMini } from './packed';
import { phraseSignature } from './phrases';
import { indexTerms } from './terms';
import type { SearchDoc, SearchKind, StoredDoc } from './types';

/** Bump when tokenising, fields or the saved shape change: a stored index of another version is rebuilt. */
export const SEARCH_INDEX_VERSION = 2;
const FORMAT = 'quire-search-index';
const PHRASES_FORMAT = 'quire-search-phrases';
export const KINDS: SearchKind[] = ['article', 'note', 'highlight', 'figure'];

/** The saved index: MiniSearch packed, word counts aligned with its terms, the documents (lean articles without text)
 * in columns aligned with its document ids. */
export interface SavedForm {
  format: typeof FORMAT;
  version: number;
  stamp: string; // pairs it with the phrase signatures saved beside it
  mini: PackedMini;
  counts: number[];
  docs: DocColumns;
}

/** Phrase signatures of the saved documents, in the same order, as one block of bytes cut at `offsets`. */
export interface SavedPhrases {
  format: typeof PHRASES_FORMAT;
  version: number;
  stamp: string;
  signatures: Uint8Array;
  offsets: number[];
}

export interface SavedSearchIndex {
  index: SavedForm;
  phrases?: SavedPhrases;
}

export const keyOf = (kind: SearchKind, id: string) => `${kind}:${id}`;
const FIELDS = ['title', 'text', 'meta'] as const;
type Field = (typeof FIELDS)[number];

function fieldText(doc: SearchDoc, field: Field): string {
  if (field === 'title') return doc.kind === 'highlight' ? '' : doc.title; // a highlight's title is its article's
  if (field === 'meta') return [doc.outlet ?? '', ...(doc.tags ?? [])].join(' ');
  return doc.text;
}

/** MiniSearch options: terms are indexed as the tokeniser gives them (folded, without stop words). */
export const MINI_OPTIONS: Options<SearchDoc> = {
  idField: 'key',
  fields: [...FIELDS],
  storeFields: [],
  extractField: (doc, field) => (field === 'key' ? keyOf(doc.kind, doc.id) : fieldText(doc, field as Field)),
  tokenize: indexTerms, // folds case and accents, drops stop words
  processTerm: (term) => term,
  searchOptions: { boost: { title: 3, meta: 1.5 }, weights: { fuzzy: 0.4, prefix: 0.6 } },
};

export const signatureOf = (d: SearchDoc) => phraseSignature(d.kind === 'highlight' ? [d.text] : [d.title, d.text]);

/** A document without its text and paragraphs (an article's are read from its stored body). */
export function lean(d: SearchDoc): StoredDoc {
  const { text: _text, paragraphs: _paragraphs, ...rest } = d;
  return rest;
}

/** The saved form of a packed index whose documents and signatures (and word `counts`, by term) come in its order. */
export function savedForm(mini: PackedMini, counts: number[], docs: StoredDoc[], sigs: Uint8Array[]): SavedSearchIndex {
  const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const offsets = [0];
  for (const s of sigs) offsets.push(offsets[offsets.length - 1] + s.length);
  const signatures = new Uint8Array(offsets[offsets.length - 1]);
  sigs.forEach((s, i) => signatures.set(s, offsets[i]));
  return {
    index: { format: FORMAT, version: SEARCH_INDEX_VERSION, stamp, mini, counts, docs: toColumns(docs) },
    phrases: { format: PHRASES_FORMAT, version: SEARCH_INDEX_VERSION, stamp, signatures, offsets },
  };
}

/** True when `form` is a saved index (`save().index`) this version can load. */
export function isCurrentForm(form: unknown): form is SavedForm {
  const p = form as Partial<SavedForm> | null;
  return !!p && typeof p === 'object' && p.format === FORMAT && p.version === SEARCH_INDEX_VERSION && typeof p.stamp === 'string'
    && Array.isArray(p.counts) && !!p.mini && Array.isArray(p.mini.terms) && Array.isArray(p.mini.ids)
    && Array.isArray(p.mini.postings) && p.mini.terms.length === p.counts.length && p.mini.terms.length === p.mini.postings.length
    && columnsLength(p.docs) === p.mini.ids.length;
}

/** The signature of each saved document (in the saved order), or none when they are missing or of another save. */
export function decodePhrases(form: SavedForm, phrases: SavedPhrases | undefined): (Uint8Array | undefined)[] {
  const n = form.mini.ids.length;
  if (!phrases || phrases.format !== PHRASES_FORMAT || phrases.version !== SEARCH_INDEX_VERSION || phrases.stamp !== form.stamp) return [];
  if (!Array.isArray(phrases.offsets) || phrases.offsets.length !== n + 1 || !(phrases.signatures instanceof Uint8Array)) return [];
  return Array.from({ length: n }, (_, i) => phrases.signatures.subarray(phrases.offsets[i], phrases.offsets[i + 1]));
}
