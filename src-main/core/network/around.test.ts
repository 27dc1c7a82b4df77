import { describe, expect, it } from 'vitest';
import { figureNeighbourhood, indexNetwork } from './around';
import { buildNetwork } from './build';
import { neighbourhood } from './neighbourhood';
import { articleWithMentions } from './test-fixtures';
import type { NetworkFigure, NetworkInput } from './types';

const article = (id: string, paras: string[], names: Record<string, string>) => articleWithMentions(id, paras, names);

const NAMES = { ann: 'Ann Lee', bob: 'Bob Ray', cy: 'Cy Moss', dee: 'Dee Fox', eve: 'Eve Lam', fay: 'Fay Ng' };
const figures: NetworkFigure[] = [
  { id: 'ann', name: 'Ann Lee', roles: ['the ambassador'] },
  { id: 'bob', name: 'Bob Ray', roles: ['a reporter'] },
  { id: 'cy', name: 'Cy Moss', roles: [] },
  { id: 'dee', name: 'Dee Fox', roles: ['a general'] },
  { id: 'eve', name: 'Same Name', roles: [] },
  { id: 'fay', name: 'Same Name', roles: [], hidden: true },
];

/** Articles naming the figures in sentences and paragraphs, two of them near-copies, one figure hidden. */
function notebook(): NetworkInput {
  const parts = [
    article('a', ['Ann Lee met Bob Ray on Monday. Cy Moss was away.', 'Later Bob Ray spoke. Then Cy Moss left. Eve Lam agreed.'], NAMES),
    article('b', ['Ann Lee met Bob Ray on Monday. Cy Moss was away.', 'Fay Ng and Ann Lee said nothing.'], NAMES),
    article('c', ['Dee Fox and Ann Lee spoke. Dee Fox left.', 'Eve Lam, Ann Lee and Bob Ray: all three.'], NAMES),
    article('d', ['Bob Ray alone.', 'Cy Moss and Dee Fox. Eve Lam too.'], NAMES),
    article('e', ['Dee Fox and Ann Lee spoke. Dee Fox left. Ann Lee stayed.'], NAMES),
  ];
  return { figures, articles: parts.map((p) => p.article), mentions: parts.flatMap((p) => p.mentions), copies: { a: ['b'], b: ['a'], c: ['e'], e: ['c'] } };
}

describe('figureNeighbourhood', () => {
  it('equals the neighbourhood in the whole network, for every figure and size', () => {
    const input = notebook();
    const network = buildNetwork(input);
    const index = indexNetwork({ ...input, articleIds: input.articles.map((a) => a.id) });
    const shapes = new Map(input.articles.map((a) => [a.id, a]));
    expect(neighbourhood(network, 'ann', 12)!.neighbours.length).toBe(4);
    for (const f of figures) {
      for (const max of [1, 2, 12]) {
        expect(figureNeighbourhood(index, (id) => shapes.get(id), f.id, max)).toEqual(neighbourhood(network, f.id, max));
      }
    }
    expect(figureNeighbourhood(index, (id) => shapes.get(id), 'fay')).toBeNull(); // hidden: no node
    expect(figureNeighbourhood(index, (id) => shapes.get(id), 'nobody')).toBeNull();
  });

  it('reads the shapes of the articles naming the figure only', () => {
    const input = notebook();
    const index = indexNetwork({ ...input, articleIds: input.articles.map((a) => a.id) });
    const asked: string[] = [];
    const shapes = new Map(input.articles.map((a) => [a.id, a]));
    figureNeighbourhood(index, (id) => (asked.push(id), shapes.get(id)), 'dee');
    expect(asked.sort()).toEqual(['c', 'd', 'e']);
  });
});
