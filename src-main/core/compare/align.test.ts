/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignTexts, type Alignment } from './align';
import { splitSentences } from '../text/sentences';
import text002 from '../../../corpus/002_605359099c9e65cd.txt?raw';
import text004 from '../../../corpus/004_70af7e54198c2116.txt?raw';

/** Passages as readable rows: kind, A's text, B's text. */
function rows(r: Alignment, a: string, b: string): [string, string, string][] {
  return r.passages.map((p) => [p.kind, p.a ? a.slice(...p.a) : '', p.b ? b.slice(...p.b) : '']);
}

/** The changed words of every variant, as "a:word" / "b:word". */
function changes(r: Alignment, a: string, b: string): string[] {
  return r.passages.flatMap((p) =>
    (p.diff ?? []).filter((d) => d.kind !== 'same').map((d) => (d.kind === 'a' ? `a:${a.slice(...d.a!)}` : `b:${b.slice(...d.b!)}`)),
  );
}

const STORY = [
  'The ambassador announced his resignation on Wednesday.',
  'He said the regime had committed a horrible massacre in Deir Ezzor.',
  'The uprising is now 16 months old.',
  'Several other diplomats are expected to follow his example soon.',
];

describe('alignTexts', () => {
  it('finds only same passages, similarity 1, when a text meets itself', () => {
    const t = STORY.join(' ');
    const r = alignTexts(t, t);
    expect(r.similarity).toBe(1);
    expect(r.passages.map((p) => p.kind)).toEqual(['same', 'same', 'same', 'same']);
    expect(r.passages.every((p) => p.diff === undefined && p.similarity === 1)).toBe(true);
  });

  it('classes a sentence with a changed number as a variant and marks the number', () => {
    const a = STORY.join(' ');
    const b = a.replace('16 months', '18 months');
    const r = alignTexts(a, b);
    expect(r.passages.map((p) => p.kind)).toEqual(['same', 'same', 'variant', 'same']);
    expect(changes(r, a, b)).toEqual(['a:16', 'b:18']);
    expect(r.passages[2].similarity).toBeLessThan(1);
    expect(r.similarity).toBeGreaterThan(0.9);
    expect(r.similarity).toBeLessThan(1);
  });

  it('marks a respelled name inside a variant', () => {
    const a = STORY.join('\n');
    const b = a.replace('Deir Ezzor', 'Deir al-Zor');
    const r = alignTexts(a, b);
    expect(r.passages[1].kind).toBe('variant');
    expect(changes(r, a, b)).toEqual(['a:Ezzor', 'b:al-Zor']);
    const same = r.passages[1].diff!.filter((d) => d.kind === 'same');
    expect(a.slice(...same[0].a!)).toBe(b.slice(...same[0].b!));
  });

  it('ignores case, spacing and punctuation when deciding that two sentences are the same', () => {
    const r = alignTexts('He  said: "We will go."', 'he said -- we will GO');
    expect(r.passages.map((p) => p.kind)).toEqual(['same']);
  });

  it('places an added sentence as only-b and a dropped one as only-a, in order', () => {
    const a = [STORY[0], STORY[1], STORY[3]].join(' ');
    const b = [STORY[0], STORY[2], STORY[3]].join(' ');
    const r = alignTexts(a, b);
    expect(rows(r, a, b)).toEqual([
      ['same', STORY[0], STORY[0]],
      ['only-a', STORY[1], ''],
      ['only-b', '', STORY[2]],
      ['same', STORY[3], STORY[3]],
    ]);
  });

  it('pairs paragraphs that swapped places, marked as moved', () => {
    const p1 = `${STORY[0]} ${STORY[1]}`;
    const p2 = `${STORY[2]} ${STORY[3]}`;
    const a = `${p1}\n\n${p2}`;
    const b = `${p2}\n\n${p1}`;
    const r = alignTexts(a, b);
    expect(r.passages.every((p) => p.kind === 'same')).toBe(true);
    expect(r.passages.filter((p) => p.moved)).toHaveLength(2);
    expect(r.similarity).toBe(1);
    const off = alignTexts(a, b, { minMovedSimilarity: Infinity });
    expect(off.passages.map((p) => p.kind).sort()).toEqual(['only-a', 'only-a', 'only-b', 'only-b', 'same', 'same']);
  });

  it('handles empty texts', () => {
    expect(alignTexts('', '')).toEqual({ similarity: 1, passages: [] });
    const r = alignTexts('', STORY[0]);
    expect(r.similarity).toBe(0);
    expect(r.passages).toEqual([{ a: null, b: [0, STORY[0].length], kind: 'only-b', similarity: 0 }]);
    expect(alignTexts(STORY[0], '  \n ').passages.map((p) => p.kind)).toEqual(['only-a']);
  });

  it('aligns a text that is a prefix of the other', () => {
    const b = STORY.join(' ');
    const a = STORY.slice(0, 2).join(' ');
    const r = alignTexts(a, b);
    expect(r.passages.map((p) => p.kind)).toEqual(['same', 'same', 'only-b', 'only-b']);
  });

  it('merges sentences that one text splits and the other does not', () => {
    const a = 'The envoy spoke to reporters in Baghdad. He said he would join the opposition.';
    const b = 'The envoy spoke to reporters in Baghdad and said he would join the opposition.';
    const r = alignTexts(a, b);
    expect(r.passages).toHaveLength(1);
    expect(r.passages[0]).toMatchObject({ a: [0, a.length], b: [0, b.length], kind: 'variant' });
    expect(changes(r, a, b)).toEqual(['a:He', 'b:and']);
  });

  it('does not align unrelated sentences that share only common words', () => {
    const a = 'He said that it was the end of the war.';
    const b = 'The minister flew to Moscow for talks on gas prices.';
    expect(alignTexts(a, b).passages.map((p) => p.kind)).toEqual(['only-a', 'only-b']);
  });

  it('aligns Arabic text, ignoring diacritics and marking a changed word', () => {
    const a = 'أعلن السفير السوري في العراق انشقاقه عن النظام. وقال إن قراره جاء بعد المجزرة.';
    const b = 'أعلن السفيرُ السوريُّ في العراق انشقاقه عن النظام. وقال إن قراره جاء بعد المذبحة.';
    const r = alignTexts(a, b);
    expect(r.passages.map((p) => p.kind)).toEqual(['same', 'variant']);
    expect(changes(r, a, b)).toEqual(['a:المجزرة', 'b:المذبحة']);
  });

  it('aligns the two sample reports of one Al Jazeera story, marking their small differences', () => {
    const r = alignTexts(text002, text004);
    const kinds = r.passages.map((p) => p.kind);
    // 9 sentences of 002 recur word for word in 004 (checked by hand).
    expect(kinds.filter((k) => k === 'same').length).toBeGreaterThanOrEqual(9);
    const deir = r.passages.find((p) => p.a && text002.slice(...p.a).startsWith('A veteran of Assad'))!;
    expect(deir.kind).toBe('variant');
    expect(deir.diff!.filter((d) => d.kind !== 'same').map((d) => (d.a ? text002.slice(...d.a) : text004.slice(...d.b!)))).toEqual([
      'Ezzor',
      'al-Zor',
    ]);
    const only004 = r.passages.filter((p) => p.kind === 'only-b').map((p) => text004.slice(...p.b!));
    expect(only004).toContain("'Political blow'");
    expect(only004.some((t) => t.startsWith('"People are losing confidence'))).toBe(true);
    expect(r.passages.some((p) => p.kind === 'only-a' && text002.slice(...p.a!) === 'Online view pixel')).toBe(true);
    expect(r.similarity).toBeGreaterThan(0.5);
  });
});

describe('alignTexts properties', () => {
  const word = fc.constantFrom('assad', 'envoy', 'said', 'the', 'of', 'Iraq', 'Fares', 'defected', '16', 'regime', 'army', 'talks');
  const sentence = fc.array(word, { minLength: 2, maxLength: 9 }).map((ws) => `${ws.join(' ')}.`);
  const text = fc.array(sentence, { minLength: 0, maxLength: 8 }).map((ss) => ss.join(' '));

  it('puts every sentence of each text in exactly one passage, passages within each text in order unless moved', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const r = alignTexts(a, b);
        for (const [side, t] of [['a', a], ['b', b]] as const) {
          const covered = r.passages.map((p) => p[side]).filter((s) => s !== null);
          for (const [s, e] of splitSentences(t)) {
            expect(covered.filter(([ps, pe]) => ps <= s && e <= pe)).toHaveLength(1);
          }
        }
        const inOrderA = r.passages.map((p) => p.a).filter((s) => s !== null);
        for (let k = 1; k < inOrderA.length; k++) expect(inOrderA[k][0]).toBeGreaterThanOrEqual(inOrderA[k - 1][1]);
        const inOrderB = r.passages.filter((p) => !p.moved).map((p) => p.b).filter((s) => s !== null);
        for (let k = 1; k < inOrderB.length; k++) expect(inOrderB[k][0]).toBeGreaterThanOrEqual(inOrderB[k - 1][1]);
        expect(r.similarity).toBeGreaterThanOrEqual(0);
        expect(r.similarity).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('gives only same passages when a text meets itself', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = alignTexts(t, t);
        expect(r.passages.every((p) => p.kind === 'same' && !p.moved)).toBe(true);
        expect(r.similarity).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
