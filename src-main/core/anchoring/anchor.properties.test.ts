// Property tests: highlights on the sample corpus survive random edits, or orphan; never land somewhere else.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences';
import { anchor, ORPHAN_THRESHOLD, type AnchorResult } from './anchor';
import { describe } from './selectors';

const corpusDir = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const articles = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(corpusDir + f, 'utf8'));
const sentencesOf = articles.map((t) => splitSentences(t));
const RUNS = { seed: Number(process.env.ANCHOR_SEED ?? 20120724), numRuns: 150 }; // ANCHOR_SEED=n tries another seed

interface Pick { text: string; start: number; end: number; sentence: [number, number]; sentenceIndex: number; article: number }

/** A highlight: a run of whole words inside one sentence of one article, at least 12 chars, unique in its article. */
const highlight = fc
  .record({ a: fc.nat(), s: fc.nat(), w0: fc.nat(), span: fc.integer({ min: 1, max: 30 }) })
  .map(({ a, s, w0, span }): Pick => {
    const article = a % articles.length;
    const text = articles[article];
    const sentenceIndex = s % sentencesOf[article].length;
    const sentence = sentencesOf[article][sentenceIndex];
    const words = [...text.slice(sentence[0], sentence[1]).matchAll(/\S+/g)].map((m) => [sentence[0] + m.index, sentence[0] + m.index + m[0].length]);
    const first = w0 % words.length;
    const last = Math.min(words.length - 1, first + span - 1);
    return { text, start: words[first][0], end: words[last][1], sentence, sentenceIndex, article };
  })
  .filter((p) => p.end - p.start >= 12 && p.text.indexOf(p.text.slice(p.start, p.end)) === p.text.lastIndexOf(p.text.slice(p.start, p.end)));

/** A sentence from anywhere in the corpus, as filler text. */
const filler = fc.record({ a: fc.nat(), s: fc.nat() }).map(({ a, s }) => {
  const i = a % articles.length;
  const [fs, fe] = sentencesOf[i][s % sentencesOf[i].length];
  return articles[i].slice(fs, fe);
});

/** The lower-cased runs of n consecutive words of `s` (or `s` itself when it has fewer words). */
function wordRuns(s: string, n: number): string[] {
  const words = s.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length <= n) return [words.join(' ')];
  return words.slice(0, words.length - n + 1).map((_, i) => words.slice(i, i + n).join(' '));
}

function placed(r: AnchorResult): { start: number; end: number; score: number } {
  if ('orphan' in r) throw new Error(`expected an anchor, got an orphan (score ${r.score})`);
  return r;
}

suite('anchoring properties (seeded fast-check over the sample corpus)', () => {
  it('P1: in unchanged text every highlight anchors at its own position with score 1', () => {
    fc.assert(fc.property(highlight, (h) => {
      expect(anchor(h.text, describe(h.text, h.start, h.end))).toEqual({ start: h.start, end: h.end, score: 1 });
    }), RUNS);
  });

  it('P2: text inserted anywhere before the quote shifts the anchor by exactly its length', () => {
    fc.assert(fc.property(highlight, filler, fc.double({ min: 0, max: 1, noNaN: true }), (h, extra, where) => {
      fc.pre(!extra.includes(h.text.slice(h.start, h.end))); // unrelated text, not another copy of the quote
      const at = Math.floor(where * h.start);
      const ins = extra + ' ';
      const changed = h.text.slice(0, at) + ins + h.text.slice(at);
      const r = placed(anchor(changed, describe(h.text, h.start, h.end)));
      expect([r.start, r.end]).toEqual([h.start + ins.length, h.end + ins.length]);
    }), RUNS);
  });

  it('P3: a few typos inside the quote (about 1 per 15 chars) still anchor on the edited quote, below score 1', () => {
    const typos = fc.array(fc.record({ at: fc.nat(), op: fc.constantFrom('sub', 'del', 'ins'), ch: fc.constantFrom(...'aeioubcdrstxz') }), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(highlight, typos, (h, edits) => {
      const len = h.end - h.start;
      const k = Math.min(edits.length, Math.max(1, Math.floor(len / 15)));
      let quote = h.text.slice(h.start, h.end);
      const letters = [...quote.matchAll(/\S/g)].map((m) => m.index).filter((i) => i > 0 && i < len - 1); // typos, not spacing
      const positions = [...new Set(edits.slice(0, k).map((e) => letters[e.at % letters.length]))].sort((x, y) => y - x);
      positions.forEach((p, i) => {
        const { op, ch } = edits[i];
        quote = op === 'del' ? quote.slice(0, p) + quote.slice(p + 1) : quote.slice(0, p) + ch + quote.slice(op === 'sub' ? p + 1 : p);
      });
      fc.pre(quote !== h.text.slice(h.start, h.end));
      const changed = h.text.slice(0, h.start) + quote + h.text.slice(h.end);
      const r = placed(anchor(changed, describe(h.text, h.start, h.end)));
      const expectedEnd = h.start + quote.length;
      expect(Math.abs(r.start - h.start)).toBeLessThanOrEqual(positions.length);
      expect(Math.abs(r.end - expectedEnd)).toBeLessThanOrEqual(positions.length);
      expect(r.score).toBeLessThan(1);
      expect(r.score).toBeGreaterThanOrEqual(ORPHAN_THRESHOLD);
    }), RUNS);
  });

  it('P4: deleting the neighbouring sentences (before, after or both) keeps the anchor on the quote', () => {
    fc.assert(fc.property(highlight, fc.constantFrom('before', 'after', 'both'), (h, which) => {
      const sents = sentencesOf[h.article];
      const cut: [number, number][] = [];
      if (which !== 'after' && h.sentenceIndex > 0) cut.push([sents[h.sentenceIndex - 1][0], h.sentence[0]]);
      if (which !== 'before' && h.sentenceIndex + 1 < sents.length) cut.push([h.sentence[1], sents[h.sentenceIndex + 1][1]]);
      fc.pre(cut.length > 0);
      let changed = h.text;
      for (const [s, e] of [...cut].reverse()) changed = changed.slice(0, s) + changed.slice(e);
      const shift = cut.filter(([, e]) => e <= h.start).reduce((n, [s, e]) => n + e - s, 0);
      const r = placed(anchor(changed, describe(h.text, h.start, h.end)));
      expect([r.start, r.end]).toEqual([h.start - shift, h.end - shift]);
    }), RUNS);
  });

  it('P5: whitespace and line-break changes anywhere anchor on the same words with a score above 0.95', () => {
    const styles = fc.array(fc.constantFrom(' ', '\n', '  ', ' \n ', '\t', '\n\n'), { minLength: 1, maxLength: 40 });
    fc.assert(fc.property(highlight, styles, (h, pool) => {
      const oldToNew: number[] = [];
      let changed = '';
      let run = 0;
      for (let i = 0; i < h.text.length; i++) {
        oldToNew[i] = changed.length;
        if (/\s/.test(h.text[i])) changed += pool[run++ % pool.length];
        else changed += h.text[i];
      }
      oldToNew[h.text.length] = changed.length;
      const r = placed(anchor(changed, describe(h.text, h.start, h.end)));
      expect(r.start).toBe(oldToNew[h.start]);
      expect(changed.slice(r.start, r.end).replace(/\s+/g, ' ')).toBe(h.text.slice(h.start, h.end).replace(/\s+/g, ' '));
      expect(r.score).toBeGreaterThan(0.95);
    }), RUNS);
  });

  it('P6: with the same words inserted elsewhere, the anchor stays on the original, even when the original has a typo', () => {
    fc.assert(fc.property(highlight, filler, fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (h, other, where, typo) => {
      const quote = h.text.slice(h.start, h.end);
      const copy = ` Elsewhere: ${quote}, said ${other.slice(0, 40)}. `;
      // Put the copy before the prefix or after the suffix, so the original's own context stays intact.
      const before = h.start > 40 && where < 0.5;
      const at = before ? Math.floor((where * 2) * (h.start - 40)) : Math.min(h.text.length, h.end + 40 + Math.floor((where - 0.5) * 2 * (h.text.length - h.end)));
      fc.pre(before || h.text.length - h.end > 40);
      const mid = Math.floor(quote.length / 2);
      const edited = typo ? quote.slice(0, mid) + 'q' + quote.slice(mid + 1) : quote;
      let changed = h.text.slice(0, h.start) + edited + h.text.slice(h.end);
      changed = changed.slice(0, at) + copy + changed.slice(at);
      const shift = before ? copy.length : 0;
      const r = placed(anchor(changed, describe(h.text, h.start, h.end)));
      expect(Math.abs(r.start - (h.start + shift))).toBeLessThanOrEqual(typo ? 1 : 0);
      expect(Math.abs(r.end - (h.end + shift))).toBeLessThanOrEqual(typo ? 1 : 0);
    }), RUNS);
  });

  it('P7: when the sentence holding the quote is deleted, the highlight is an orphan (never misplaced)', () => {
    const longish = highlight.filter((h) => h.end - h.start >= 25);
    fc.assert(fc.property(longish, (h) => {
      const changed = h.text.slice(0, h.sentence[0]) + h.text.slice(h.sentence[1]);
      // Only passages with no other copy in the article: none of the quote's 3-word runs may appear elsewhere.
      fc.pre(wordRuns(h.text.slice(h.start, h.end), 3).every((run) => !changed.toLowerCase().includes(run)));
      const r = anchor(changed, describe(h.text, h.start, h.end));
      expect(r).toMatchObject({ orphan: true });
      expect(r.score).toBeLessThan(ORPHAN_THRESHOLD + 0.2);
    }), RUNS);
  });

  it('P8: quotes over 256 chars (several sentences) anchor through typos in the middle and text inserted before', () => {
    const multi = fc.record({ a: fc.nat(), s: fc.nat(), at: fc.nat(), typo: fc.nat() }).map(({ a, s, at, typo }) => {
      const article = a % articles.length;
      const sents = sentencesOf[article];
      const first = s % sents.length;
      let last = first;
      while (last + 1 < sents.length && sents[last][1] - sents[first][0] <= 256) last++;
      return { text: articles[article], start: sents[first][0], end: sents[last][1], at, typo };
    }).filter((p) => p.end - p.start > 256);
    fc.assert(fc.property(multi, filler, (h, extra) => {
      const quote = h.text.slice(h.start, h.end);
      const p = 100 + (h.typo % (quote.length - 200)); // a typo away from both ends
      const edited = quote.slice(0, p) + 'zz' + quote.slice(p + 1);
      const ins = extra + ' ';
      const at = h.at % (h.start + 1);
      let changed = h.text.slice(0, h.start) + edited + h.text.slice(h.end);
      changed = changed.slice(0, at) + ins + changed.slice(at);
      const r = placed(anchor(changed, describe(h.text, h.start, h.end)));
      expect(r.start).toBe(h.start + ins.length);
      expect(r.end).toBe(h.start + ins.length + edited.length);
    }), { ...RUNS, numRuns: 60 });
  });
});
