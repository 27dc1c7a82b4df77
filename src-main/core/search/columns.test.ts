import { describe, expect, it } from 'vitest';
import { columnsLength, docAt, toColumns } from './columns';
import type { StoredDoc } from './types';

describe('document columns', () => {
  it('give each document back, without the fields it lacked', () => {
    const docs: StoredDoc[] = [
      { kind: 'article', id: 'a1', articleId: 'a1', title: 'Envoy quits', outlet: 'Reuters', published: '2012-07-11', figureIds: ['fares'], tags: [] },
      { kind: 'note', id: 'n1', title: 'Timeline', text: 'check the date', tags: ['todo'] },
      { kind: 'highlight', id: 'h1', articleId: 'a1', title: 'Envoy quits', text: 'his conscience', colour: 2, start: 88, end: 124 },
    ];
    const cols = JSON.parse(JSON.stringify(toColumns(docs)));
    expect(columnsLength(cols)).toBe(3);
    expect(docs.map((_, i) => docAt(cols, i))).toEqual(docs);
    expect(columnsLength([{ kind: 'note' }])).toBe(-1);
    expect(columnsLength(null)).toBe(-1);
  });
});
