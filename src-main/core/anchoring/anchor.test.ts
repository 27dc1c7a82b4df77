import { describe as suite, expect, it } from 'vitest';
import type { Selector } from '../../shared/model';
import { anchor, anchorMany, anchorStatus, ORPHAN_THRESHOLD, type AnchorResult } from './anchor';
import { describe } from './selectors';

const text =
  'The most senior Syrian diplomat serving in London announced his resignation on Monday.\n' +
  "Khaled al-Ayoubi, who had been charge d'affaires, told the Foreign Office that he was unable to represent the regime.\n" +
  'His departure was the latest in a series of diplomatic and military defections.';

const quote = "Khaled al-Ayoubi, who had been charge d'affaires";
const start = text.indexOf(quote);
const target = describe(text, start, start + quote.length);

function landed(t: string, r: AnchorResult): string {
  if ('orphan' in r) throw new Error(`orphaned with score ${r.score}`);
  return t.slice(r.start, r.end);
}

suite('anchor', () => {
  it('returns the stored position with score 1 when nothing changed', () => {
    expect(anchor(text, target)).toEqual({ start, end: start + quote.length, score: 1 });
  });
  it('follows the quote when text is inserted before it', () => {
    const changed = 'Updated at 10:00. ' + text;
    const r = anchor(changed, target);
    expect(r).toMatchObject({ start: start + 18, end: start + 18 + quote.length });
    expect(r.score).toBeLessThan(1);
    expect(r.score).toBeGreaterThan(0.99);
  });
  it('anchors a quote with a typo, fuzzily', () => {
    const changed = text.replace('charge d', 'chargé d');
    const r = anchor(changed, target);
    expect(landed(changed, r)).toBe("Khaled al-Ayoubi, who had been chargé d'affaires");
    expect(r.score).toBeGreaterThan(ORPHAN_THRESHOLD);
    expect(r.score).toBeLessThan(0.99);
  });
  it('anchors across whitespace-only changes with a high score', () => {
    const changed = text.replace(/\n/g, ' ').replace('who had', 'who\n  had');
    const r = anchor(changed, target);
    expect(landed(changed, r)).toBe("Khaled al-Ayoubi, who\n  had been charge d'affaires");
    expect(r.score).toBeGreaterThan(0.99);
  });
  it('picks the occurrence whose context matches when the words appear twice', () => {
    const copy = "Profile: Khaled al-Ayoubi, who had been charge d'affaires since 2011, is a Kurd.\n";
    const changed = copy + text.replace('charge', 'chargé');
    const r = anchor(changed, target);
    expect('orphan' in r).toBe(false);
    expect(r).toMatchObject({ start: copy.length + start });
  });
  it('of several copies that keep their whole context, picks the one nearest the old position', () => {
    const block = 'Fares quit. The first was Bassam Imadi, who was the Syrian ambassador to Sweden. Then more left. ';
    const doubled = block + block;
    const at = block.length + block.indexOf('was the Syrian');
    const t = describe(doubled, at, at + 'was the Syrian'.length);
    const changed = 'Breaking. ' + block + doubled; // three identical copies, none at the old offset any more
    // Copies now start 10, 10 + block and 10 + 2 * block chars after the old copies: the nearest is 10 chars away.
    expect(anchor(changed, t)).toMatchObject({ start: at + 'Breaking. '.length });
  });
  it('orphans a quote that survives only as copies whose context does not agree (ambiguous)', () => {
    const t2 = describe(text, text.indexOf('the regime'), text.indexOf('the regime') + 'the regime'.length);
    const changed = 'Critics of the regime spoke. Supporters of the regime did not. ' + text.replace('represent the regime', 'resign');
    expect(anchor(changed, t2)).toMatchObject({ orphan: true });
  });
  it('orphans the highlight when its passage is deleted', () => {
    const changed = text.replace(/Khaled[^\n]*\n/, '');
    const r = anchor(changed, target);
    expect(r).toMatchObject({ orphan: true });
    expect(r.score).toBeLessThan(ORPHAN_THRESHOLD);
  });
  it('orphans a quote that was rewritten beyond the quote-similarity floor, even with its context intact', () => {
    const changed = text.replace(quote, 'Mr Ayoubi, the former chargé');
    const r = anchor(changed, target);
    expect(r).toMatchObject({ orphan: true });
  });
  it('anchors a long quote by its two ends, through edits in the middle', () => {
    expect(text.length).toBeGreaterThan(260); // a quote past the 256-char long-quote limit
    const t2 = describe(text, 0, 260);
    const changed = text.replace('resignation on Monday', 'resignation late on Monday');
    const r = anchor(changed, t2);
    expect(landed(changed, r)).toBe(changed.slice(0, 265));
  });
  it('uses a bare position when there is no quote, and orphans it when it does not fit', () => {
    const pos: Selector[] = [{ type: 'TextPositionSelector', start: 4, end: 8 }];
    expect(anchor(text, pos)).toEqual({ start: 4, end: 8, score: 1 });
    expect(anchor('abc', pos)).toEqual({ orphan: true, score: 0 });
  });
});

suite('anchorMany and anchorStatus', () => {
  it('returns one result per target, in order', () => {
    const other = describe(text, 0, 3);
    const gone: Selector[] = [{ type: 'TextQuoteSelector', exact: 'Bashar al-Assad withdrew the ambassador', prefix: '', suffix: '' }];
    const results = anchorMany(text, [target, gone, other]);
    expect(results).toHaveLength(3);
    expect(results[0]).toEqual({ start, end: start + quote.length, score: 1 });
    expect(results[1]).toMatchObject({ orphan: true });
    expect(results[2]).toEqual({ start: 0, end: 3, score: 1 });
  });
  it('maps results to stored statuses', () => {
    expect(anchorStatus({ start: 0, end: 1, score: 1 })).toEqual({ state: 'ok' });
    expect(anchorStatus({ start: 0, end: 1, score: 0.8 })).toEqual({ state: 'fuzzy', score: 0.8 });
    expect(anchorStatus({ orphan: true, score: 0.3 })).toEqual({ state: 'orphan', score: 0.3 });
  });
});
