import { describe as suite, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describe, positionSelector, quoteSelector } from './selectors';

const text = 'The most senior Syrian diplomat serving in London announced his resignation on Monday, saying his conscience no longer allowed him.';

suite('describe', () => {
  it('keeps the quote, 32 chars of context each side and the position', () => {
    const start = text.indexOf('announced');
    const end = start + 'announced his resignation'.length;
    const [quote, position] = describe(text, start, end);
    expect(quote.exact).toBe('announced his resignation');
    expect(quote.prefix).toBe(text.slice(start - CONTEXT_LENGTH, start));
    expect(quote.suffix).toBe(text.slice(end, end + CONTEXT_LENGTH));
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });
  it('shortens context at the ends of the text', () => {
    const [quote] = describe(text, 0, 3);
    expect(quote.prefix).toBe('');
    const [last] = describe(text, text.length - 5, text.length);
    expect(last.suffix).toBe('');
  });
  it('never cuts a surrogate pair in the context', () => {
    const t = '\u{1F600}' + 'x'.repeat(31) + 'quote' + 'y'.repeat(31) + '\u{1F600}';
    const start = t.indexOf('quote'); // 32 chars back lands on the emoji's second half
    const [quote] = describe(t, start, start + 5);
    expect(quote.prefix).toBe('x'.repeat(31));
    expect(quote.suffix).toBe('y'.repeat(31) + '\u{1F600}'); // 32 chars ahead would end mid-pair: keep the pair whole
  });
  it('rejects ranges outside the text', () => {
    expect(() => describe(text, 5, 2)).toThrow(RangeError);
    expect(() => describe(text, 0, text.length + 1)).toThrow(RangeError);
  });
  it('lets callers pick selectors by type', () => {
    const target = describe(text, 4, 8);
    expect(quoteSelector(target)?.exact).toBe('most');
    expect(positionSelector([...target].reverse())?.start).toBe(4);
    expect(quoteSelector([])).toBeUndefined();
  });
});
