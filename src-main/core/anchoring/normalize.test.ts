import { describe, expect, it } from 'vitest';
import { foldString, foldText, toFoldedOffset, toOriginalRange } from './normalize';

describe('foldText', () => {
  it('collapses whitespace runs and folds curly quotes and dashes', () => {
    expect(foldString('He said:\n\n\u201CNo\u201D \u2014  twice\u00ADly.')).toBe('He said: "No" - twicely.');
  });
  it('maps folded ranges back onto the original text', () => {
    const original = 'a  b\n\nc\u2019s';
    const ft = foldText(original);
    expect(ft.folded).toBe("a b c's");
    const at = ft.folded.indexOf("c's");
    const [s, e] = toOriginalRange(ft, at, at + 3);
    expect(original.slice(s, e)).toBe('c\u2019s');
    const [s2, e2] = toOriginalRange(ft, 0, 3);
    expect(original.slice(s2, e2)).toBe('a  b');
  });
  it('finds the folded offset of an original offset', () => {
    const ft = foldText('x   y z');
    expect(toFoldedOffset(ft, 4)).toBe(2); // 'y'
    expect(toFoldedOffset(ft, 7)).toBe(ft.folded.length);
  });
});
