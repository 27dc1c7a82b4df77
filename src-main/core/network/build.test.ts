import { describe, expect, it } from 'vitest';
import { buildNetwork, PARAGRAPH_WEIGHT, SENTENCE_WEIGHT } from './build';
import { articleWithMentions } from './test-fixtures';
import type { NetworkInput } from './types';

const article = (id: string, outlet: string, paras: string[], names: Record<string, string>) => articleWithMentions(id, paras, names, outlet);

const NAMES = { ann: 'Ann Lee', bob: 'Bob Ray', cy: 'Cy Moss' };
const figures = [
  { id: 'ann', name: 'Ann Lee', roles: ['the ambassador'] },
  { id: 'bob', name: 'Bob Ray', roles: ['a reporter'] },
  { id: 'cy', name: 'Cy Moss', roles: [] },
];
const P1 = ['Ann Lee met Bob Ray on Monday. Cy Moss was away.', 'Later Bob Ray spoke. Then Cy Moss left.'];

function input(parts: ReturnType<typeof article>[], copies: Record<string, string[]> = {}): NetworkInput {
  return { figures, articles: parts.map((p) => p.article), mentions: parts.flatMap((p) => p.mentions), copies };
}

describe('buildNetwork', () => {
  it('weighs a shared sentence above a shared paragraph and keeps the passages', () => {
    const x = article('x', 'Daily', P1, NAMES);
    const net = buildNetwork(input([x]));
    const edge = (a: string, b: string) => net.edges.find((e) => e.a === a && e.b === b)!;
    expect(edge('ann', 'bob').weight).toBe(SENTENCE_WEIGHT);
    expect(edge('ann', 'cy').weight).toBe(PARAGRAPH_WEIGHT);
    expect(edge('bob', 'cy').weight).toBe(2 * PARAGRAPH_WEIGHT); // two paragraphs, no shared sentence
    const [p] = edge('ann', 'bob').passages;
    expect(x.text.slice(p.start, p.end)).toBe('Ann Lee met Bob Ray on Monday.');
    expect(p).toMatchObject({ kind: 'sentence', paragraph: 1 });
    const para = edge('ann', 'cy').passages[0];
    expect(x.text.slice(para.start, para.end)).toBe(P1[0]);
    expect(para.kind).toBe('paragraph');
  });

  it('counts near-copies of one story once, and notes where the passage repeats', () => {
    const x = article('x', 'Daily', P1, NAMES);
    const y = article('y', 'Weekly', P1, NAMES);
    const alone = buildNetwork(input([x]));
    const copied = buildNetwork(input([x, y], { x: ['y'], y: ['x'] }));
    const unrelated = buildNetwork(input([x, y]));
    expect(copied.edges.map((e) => e.weight)).toEqual(alone.edges.map((e) => e.weight));
    expect(copied.nodes.map((n) => n.mentions)).toEqual(alone.nodes.map((n) => n.mentions));
    expect(unrelated.edges.map((e) => e.weight)).toEqual(alone.edges.map((e) => 2 * e.weight));
    expect(copied.edges[0].passages[0].alsoIn).toEqual(['y']);
    expect(copied.stories).toBe(1);
    expect(copied.articles).toBe(2);
  });

  it('filters by article, outlet and minimum weight, and caps nodes by mentions', () => {
    const x = article('x', 'Daily', P1, NAMES);
    const z = article('z', 'Weekly', ['Ann Lee and Cy Moss dined.'], NAMES);
    const all = input([x, z]);
    expect(buildNetwork(all, { outlets: ['Weekly'] }).edges.map((e) => `${e.a}-${e.b}`)).toEqual(['ann-cy']);
    expect(buildNetwork(all, { articleIds: ['x'] }).edges.find((e) => e.a === 'ann' && e.b === 'cy')!.weight).toBe(PARAGRAPH_WEIGHT);
    const heavy = buildNetwork(all, { minWeight: SENTENCE_WEIGHT });
    expect(heavy.edges.every((e) => e.weight >= SENTENCE_WEIGHT)).toBe(true);
    expect(heavy.totalEdges).toBe(3);
    const capped = buildNetwork(all, { maxNodes: 2 });
    expect(capped.nodes).toHaveLength(2);
    expect(capped.totalNodes).toBe(3);
    expect(capped.edges.every((e) => capped.nodes.some((n) => n.id === e.a) && capped.nodes.some((n) => n.id === e.b))).toBe(true);
  });

  it('colours nodes by role kind and leaves hidden figures out', () => {
    const x = article('x', 'Daily', P1, NAMES);
    const net = buildNetwork({ ...input([x]), figures: figures.map((f) => (f.id === 'cy' ? { ...f, hidden: true } : f)) });
    expect(net.nodes.map((n) => [n.id, n.kind])).toEqual([['bob', 'journalist'], ['ann', 'diplomat']]);
    expect(net.edges.some((e) => e.a === 'cy' || e.b === 'cy')).toBe(false);
  });
});
