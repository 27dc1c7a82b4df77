// Postings gathered document by document straight into their packed form (packed.ts), for an index built from
// nothing: a run of bytes per term and field, written as the documents come, instead of MiniSearch's maps or arrays of
// numbers. At 10,000 articles (3 million postings) that is some 8 MB in place of a few hundred, and no garbage to
// collect; the documents themselves need not be kept.

import { LAST, MORE } from './packed';

const FIRST_RUN = 16; // bytes; a run doubles as it fills

export interface BuiltPostings {
  terms: string[]; // in first-seen order
  postings: string[]; // packed as encodeFlat would pack them, fields in the order each term first had them
  counts: number[]; // occurrences of each term in all documents
}

export class PostingsBuilder {
  private readonly ids = new Map<string, number>(); // term -> its number, in first-seen order
  private readonly terms: string[] = [];
  private readonly counts: number[] = [];
  // By slot (term number * fields + field id):
  private runs: (Uint8Array | undefined)[] = []; // (document delta, occurrences) pairs, packed
  private used = new Int32Array(1024); // bytes written in the run
  private docs = new Int32Array(1024); // how many documents the run holds
  private last = new Int32Array(1024); // the last document written (deltas are from it)
  private opened = new Int32Array(1024); // when the run was first written to (1, 2, ...), 0 for never
  private runsOpened = 0;

  constructor(private readonly fieldCount: number) {}

  /** Adds one document's term frequencies in one field; documents must come in increasing order. */
  add(doc: number, fieldId: number, tf: ReadonlyMap<string, number>): void {
    tf.forEach((n, term) => {
      let t = this.ids.get(term);
      if (t === undefined) {
        t = this.terms.length;
        this.ids.set(term, t);
        this.terms.push(term);
        this.counts.push(0);
        this.grow((t + 1) * this.fieldCount);
      }
      this.counts[t] += n;
      const slot = t * this.fieldCount + fieldId;
      if (this.opened[slot] === 0) this.opened[slot] = ++this.runsOpened;
      this.put(slot, 2 * (doc - this.last[slot])); // zigzag of a delta that is never negative
      this.put(slot, n);
      this.last[slot] = doc;
      this.docs[slot]++;
    });
  }

  /** The packed postings; each run is let go as soon as its term is packed. The builder is spent afterwards. */
  finish(): BuiltPostings {
    const postings: string[] = new Array<string>(this.terms.length);
    const header = new Uint8Array(24);
    let scratch = new Uint8Array(256);
    const order: number[] = [];
    for (let t = 0; t < this.terms.length; t++) {
      order.length = 0;
      for (let f = 0; f < this.fieldCount; f++) if (this.opened[t * this.fieldCount + f] > 0) order.push(f);
      order.sort((a, b) => this.opened[t * this.fieldCount + a] - this.opened[t * this.fieldCount + b]);
      let size = 0;
      for (const f of order) size += header.length + this.used[t * this.fieldCount + f];
      if (scratch.length < size) scratch = new Uint8Array(Math.max(size, 2 * scratch.length));
      let at = 0;
      for (const f of order) {
        const slot = t * this.fieldCount + f;
        const h = writeNumber(header, writeNumber(header, 0, f), this.docs[slot]);
        scratch.set(header.subarray(0, h), at);
        scratch.set(this.runs[slot]!.subarray(0, this.used[slot]), at + h);
        at += h + this.used[slot];
        this.runs[slot] = undefined;
      }
      postings[t] = asciiString(scratch, at);
    }
    this.runs = [];
    return { terms: this.terms, postings, counts: this.counts };
  }

  private put(slot: number, n: number): void {
    let run = this.runs[slot];
    const at = this.used[slot];
    if (!run || run.length < at + 8) {
      const bigger = new Uint8Array(run ? 2 * run.length : FIRST_RUN);
      if (run) bigger.set(run.subarray(0, at));
      this.runs[slot] = run = bigger;
    }
    this.used[slot] = writeNumber(run, at, n);
  }

  private grow(slots: number): void {
    if (slots <= this.used.length) return;
    const size = Math.max(slots, 2 * this.used.length);
    const bigger = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.used = bigger(this.used);
    this.docs = bigger(this.docs);
    this.last = bigger(this.last);
    this.opened = bigger(this.opened);
  }
}

/** Writes `n` as packed.ts does (5 bits a byte, least significant first) at `at`; returns where it ends. */
function writeNumber(out: Uint8Array, at: number, n: number): number {
  while (n >= 32) {
    out[at++] = MORE + (n & 31);
    n = Math.floor(n / 32);
  }
  out[at++] = LAST + n;
  return at;
}

/** The first `length` bytes (all ASCII) as a string. */
function asciiString(bytes: Uint8Array, length: number): string {
  const CHUNK = 8192;
  if (length <= CHUNK) return String.fromCharCode.apply(null, bytes.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) parts.push(String.fromCharCode.apply(null, bytes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]));
  return parts.join('');
}
