import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { neighbourhood } from './neighbourhood';
import { neighbourhoodSvg } from './svg';
import type { Network, NetworkNode } from './types';

const node = (id: string, name: string, mentions: number): NetworkNode => ({ id, name, mentions, stories: 1, kind: 'diplomat', role: null });
const net: Network = {
  nodes: [node('a', 'Ann <Lee> & "Co"', 9), node('b', 'Bob', 3), node('c', 'Cy', 2), node('d', 'Di', 1)],
  edges: [
    { a: 'a', b: 'b', weight: 6, sentences: 2, paragraphs: 2, passages: [] },
    { a: 'a', b: 'c', weight: 1, sentences: 0, paragraphs: 1, passages: [] },
    { a: 'b', b: 'd', weight: 3, sentences: 1, paragraphs: 1, passages: [] },
  ],
  totalNodes: 4, totalEdges: 3, articles: 1, stories: 1,
};

function parse(svg: string): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('neighbourhood and its SVG', () => {
  it('takes direct neighbours only, heaviest first', () => {
    const n = neighbourhood(net, 'a')!;
    expect(n.neighbours.map((x) => x.node.id)).toEqual(['b', 'c']);
    expect(neighbourhood(net, 'a', 1)!.more).toBe(1);
    expect(neighbourhood(net, 'zz')).toBeNull();
  });
  it('is well-formed, script-free SVG with names as text', () => {
    const svg = neighbourhoodSvg(neighbourhood(net, 'a')!);
    const doc = parse(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(svg).not.toMatch(/\son\w+=|javascript:|<foreignObject/i);
    expect(doc.getElementsByTagName('circle').length).toBeGreaterThanOrEqual(3);
    expect([...doc.getElementsByTagName('text')].map((t) => t.textContent)).toContain('Ann <Lee> & "Co"');
  });
  it('is deterministic, and says so when a figure stands alone', () => {
    const n = neighbourhood(net, 'a')!;
    expect(neighbourhoodSvg(n)).toBe(neighbourhoodSvg(n));
    const lone = neighbourhoodSvg({ centre: net.nodes[3], neighbours: [], more: 0 });
    parse(lone);
    expect(lone).toContain('No other figure');
  });
});
