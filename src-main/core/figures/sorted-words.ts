// A large word list held as one sorted string and its offsets: exact membership by binary search in ~2.5 MB, where an
// object or Set of the same 200,000 names takes ~18 MB of heap in every thread that extracts figures.

export class SortedWords {
  private readonly text: string;
  private readonly starts: Uint32Array; // starts[i] is where word i begins; one past the last word ends the text

  constructor(words: Iterable<string>) {
    const sorted = [...new Set(words)].filter((w) => w !== '' && !w.includes('\n')).sort();
    this.text = sorted.join('\n');
    this.starts = new Uint32Array(sorted.length + 1);
    let at = 0;
    for (const [i, w] of sorted.entries()) {
      this.starts[i] = at;
      at += w.length + 1;
    }
    this.starts[sorted.length] = at;
  }

  get size(): number {
    return this.starts.length - 1;
  }

  has(word: string): boolean {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compare(word, mid);
      if (c === 0) return true;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return false;
  }

  /** `word` against word i, in code-unit order (the order of Array#sort). */
  private compare(word: string, i: number): number {
    const start = this.starts[i];
    const len = this.starts[i + 1] - 1 - start;
    const n = Math.min(word.length, len);
    for (let k = 0; k < n; k++) {
      const d = word.charCodeAt(k) - this.text.charCodeAt(start + k);
      if (d !== 0) return d;
    }
    return word.length - len;
  }
}
