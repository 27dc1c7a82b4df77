import { describe, expect, it } from 'vitest';
import { hasFilters, passesFilters } from './filters';
import type { SearchDoc } from './types';

const doc: SearchDoc = {
  kind: 'highlight', id: 'h', title: 't', text: 'x', outlet: 'Reuters', published: '2012-07-11', figureIds: ['f1'],
  colour: 3, tags: ['Motive'],
};

describe('passesFilters', () => {
  it('checks each filter that is set', () => {
    expect(passesFilters(doc, { kinds: ['highlight'], outlet: 'reuters', figureId: 'f1', colour: 3, tag: 'motive' })).toBe(true);
    expect(passesFilters(doc, { kinds: ['article'] })).toBe(false);
    expect(passesFilters(doc, { figureId: 'f2' })).toBe(false);
    expect(passesFilters(doc, { colour: 1 })).toBe(false);
  });

  it('keeps the date range inclusive and drops undated documents', () => {
    expect(passesFilters(doc, { from: '2012-07-11', to: '2012-07-11' })).toBe(true);
    expect(passesFilters(doc, { from: '2012-07-12' })).toBe(false);
    expect(passesFilters({ ...doc, published: null }, { to: '2013-01-01' })).toBe(false);
  });

  it('lets a figure filter find the figure itself', () => {
    expect(passesFilters({ kind: 'figure', id: 'f1', title: 'Fares', text: '' }, { figureId: 'f1' })).toBe(true);
  });

  it('knows when no filter is set', () => {
    expect(hasFilters({ kinds: [] })).toBe(false);
    expect(hasFilters({ tag: 'x' })).toBe(true);
  });
});
