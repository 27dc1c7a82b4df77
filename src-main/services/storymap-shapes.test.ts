// Packed story-map shapes: what goes in comes out equal, through memory and through the cache file's form.

import { describe, expect, it } from 'vitest';
import type { DateExpression } from '../core/timeline/types';
import { type Shape, ShapeStore } from './storymap-shapes';

const date: DateExpression = {
  start: 10, end: 22, text: '3 March 2012', sentence: [0, 40], sentenceText: 'He left on 3 March 2012, officials said.',
  rule: { kind: 'absolute', year: 2012, month: 3, day: 3 },
} as DateExpression;
const shape: Shape = { paragraphs: [[0, 40], [41, 90]], sentences: [[0, 40], [41, 60], [61, 90]], dates: [date], sourceDate: { date: '2012-03-04', text: '4 March 2012' } };

describe('ShapeStore', () => {
  it('gives back an equal shape, a fresh copy each time', () => {
    const s = new ShapeStore();
    s.set('a', shape);
    expect(s.has('a')).toBe(true);
    expect(s.get('a')).toEqual(shape);
    const copy = s.get('a')!;
    copy.sentences.pop();
    expect(s.get('a')).toEqual(shape);
    expect(s.get('b')).toBeUndefined();
  });

  it('round-trips through the cache file, dropping ids not asked for', () => {
    const s = new ShapeStore();
    s.set('a', shape);
    s.set('gone', { ...shape, dates: [] });
    const file = JSON.parse(JSON.stringify(s.toFile(['a', 'missing'], 'v1')));
    expect(Object.keys(file.byId)).toEqual(['a']);
    const t = new ShapeStore();
    t.load(file, 'v1');
    expect(t.get('a')).toEqual(shape);
    expect(t.has('gone')).toBe(false);
  });

  it('ignores a cache file of another version or of a broken form', () => {
    const s = new ShapeStore();
    s.set('a', shape);
    const t = new ShapeStore();
    t.load(s.toFile(['a'], 'old'), 'new');
    t.load(undefined, 'new');
    t.load({ version: 'new', byId: null } as never, 'new');
    expect(t.has('a')).toBe(false);
  });
});
