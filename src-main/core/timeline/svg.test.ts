import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { timelineSvg } from './svg';
import type { ResolvedDate } from './types';

const parse = (svg: string) => new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
const day = (d: string): ResolvedDate => ({ date: d, end: d, precision: 'day' });

describe('timelineSvg', () => {
  it('is well-formed, script-free SVG with one numbered mark per event', () => {
    const events = [day('2012-01-30'), { date: '2012-02-01', end: '2012-02-29', precision: 'month' as const }, day('2012-02-01')];
    const svg = timelineSvg(events, 'Timeline of <Ann>');
    const doc = parse(svg);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(svg).not.toMatch(/\son\w+=|javascript:|<foreignObject/i);
    expect(doc.getElementsByTagName('circle')).toHaveLength(2);
    expect(doc.getElementsByTagName('rect')).toHaveLength(1);
    const labels = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    for (const n of ['1', '2', '3']) expect(labels).toContain(n);
  });
  it('puts overlapping marks in separate lanes and labels the axis in the span\'s unit', () => {
    const close = parse(timelineSvg([day('2012-02-01'), day('2012-02-01')]));
    const ys = [...close.getElementsByTagName('circle')].map((c) => c.getAttribute('cy'));
    expect(new Set(ys).size).toBe(2);
    const years = [...parse(timelineSvg([day('2001-05-01'), day('2012-02-01')])).getElementsByTagName('text')].map((t) => t.textContent);
    expect(years).toContain('2010');
  });
  it('says when there is nothing to show', () => {
    expect(timelineSvg([])).toContain('No dated events');
  });
});
