// Postings gathered document by document straight into their packed form (packed.ts), for an index built from
// nothing: a run of bytes per term and field, written as the documents come, instead of MiniSearch's maps or arrays of
// numbers. At 10,000 articles (3 million postings) that is some 8 MB in place of a few hundred, and no garbage to
// collect; the documents themselves need not be kept.

import { LAST, MORE } from './packed';

const FIRST_RUN = 16; // bytes; a run doubles as it fills
const USED = 0; // bytes written in the run
const DOCS = 1; // how many documents the run holds
const PREVIOUS = 2; // the last document written (deltas are from it)
const OPENED = 3; // when the run was first written to (1, 2, ...), 0 for never

export interface BuiltPostings {
  terms: string[]; // in first-seen order
  postings: string[]; // packed as encodeFlat would pack them, fields in the order each term first had them
  counts: number[]; // occurrences of each term in all documents
}

export class PostingsBuilder {
  private readonly ids = new Map<string, number>(); // term -> its number, in first-seen order
  private readonly terms: string[] = [];
  private readonly counts: number[] = [];
  // By slot (term number * fields + field id): its run of (document delta, occurrences) pairs, packed, and four
  // numbers side by side (one cache line for a posting, where separate arrays cost a miss each at 3 million):
  private runs: (Uint8Array | undefined)[] = [];
  private slots = new Int32Array(4 * 1024); // USED, DOCS, PREVIOUS, OPENED
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
      const at = 4 * slot;
      if (this.slots[at + OPENED] === 0) this.slots[at + OPENED] = ++this.runsOpened;
      this.put(slot, 2 * (doc - this.slots[at + PREVIOUS])); // zigzag of a delta that is never negative
      this.put(slot, n);
      this.slots[at + PREVIOUS] = doc;
      this.slots[at + DOCS]++;
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
      const opened = (f: number) => this.slots[4 * (t * this.fieldCount + f) + OPENED];
      for (let f = 0; f < this.fieldCount; f++) if (opened(f) > 0) order.push(f);
      order.sort((a, b) => opened(a) - opened(b));
      let size = 0;
      for (const f of order) size += header.length + this.slots[4 * (t * this.fieldCount + f) + USED];
      if (scratch.length < size) scratch = new Uint8Array(Math.max(size, 2 * scratch.length));
      let at = 0;
      for (const f of order) {
        const slot = t * this.fieldCount + f;
        const used = this.slots[4 * slot + USED];
        const h = writeNumber(header, writeNumber(header, 0, f), this.slots[4 * slot + DOCS]);
        scratch.set(header.subarray(0, h), at);
        scratch.set(this.runs[slot]!.subarray(0, used), at + h);
        at += h + used;
        this.runs[slot] = undefined;
      }
      postings[t] = asciiString(scratch, at);
    }
    this.runs = [];
    return { terms: this.terms, postings, counts: this.counts };
  }

  private put(slot: number, n: number): void {
    let run = this.runs[slot];
    const at = this.slots[4 * slot + USED];
    if (!run || run.length < at + 8) {
      const bigger = new Uint8Array(run ? 2 * run.length : FIRST_RUN);
      if (run) bigger.set(run.subarray(0, at));
      this.runs[slot] = run = bigger;
    }
    this.slots[4 * slot + USED] = writeNumber(run, at, n);
  }

  private grow(slots: number): void {
    if (4 * slots <= this.slots.length) return;
    const bigger = new Int32Array(Math.max(4 * slots, 2 * this.slots.length));
    bigger.set(this.slots);
    this.slots = bigger;
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
