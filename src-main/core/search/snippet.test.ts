import { describe, expect, it } from 'vitest';
import type { Span } from '../../shared/model';
import { bestPassage, findHits, findPhrase, makeSnippet } from './snippet';

const slices = (text: string, spans: Span[]) => spans.map(([s, e]) => text.slice(s, e));

describe('findPhrase', () => {
  it('matches words in a row across punctuation and case, on ASCII and accented text alike', () => {
    expect(slices('He met Nawaf al-Fares in Baghdad.', findPhrase('He met Nawaf al-Fares in Baghdad.', ['al', 'fares', 'in'])))
      .toEqual(['al-Fares in']);
    const accented = 'Le ministre Laurent Fabius a parlé à Genève.';
    expect(slices(accented, findPhrase(accented, ['parle', 'a', 'geneve']))).toEqual(['parlé à Genève']);
    expect(findPhrase('no longer, allowed', ['longer', 'no'])).toEqual([]);
  });
});

describe('findHits', () => {
  it('finds whole words only and keeps phrase ranges whole', () => {
    const text = 'The envoy and the envoys met; envoy said no longer.';
    expect(slices(text, findHits(text, new Set(['envoy']), []))).toEqual(['envoy', 'envoy']);
    expect(slices(text, findHits(text, new Set(['longer']), [['no', 'longer']]))).toEqual(['no longer']);
  });
});

describe('bestPassage and makeSnippet', () => {
  const text = 'Headline here\nA first paragraph without it.\nThe ambassador met the envoy in Ankara.\nAnother envoy.';
  let at = 0;
  const paragraphs = text.split('\n').map((line): Span => [at, (at += line.length + 1) - 1]);

  it('lands on the paragraph with the most distinct matched words', () => {
    const hits = findHits(text, new Set(['envoy', 'ambassador']), []);
    expect(text.slice(...bestPassage(text, hits, paragraphs))).toBe('The ambassador met the envoy in Ankara.');
  });

  it('cuts long passages at word boundaries around the first hit and shifts marks', () => {
    const long = `${'word '.repeat(80)}target ${'tail '.repeat(80)}`.trim();
    const hits = findHits(long, new Set(['target']), []);
    const { snippet, marks } = makeSnippet(long, [0, long.length], hits, 100);
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(slices(snippet, marks)).toEqual(['target']);
    expect(snippet.length).toBeLessThanOrEqual(104);
  });
});
