// Story-map shapes computed in worker threads are exactly those computed in this thread.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeShape, type PackedShape, packedShapes, type ShapeInput } from './storymap-shape';
import { unpack } from './packed-json';
import { runBatches, workerEntry } from './worker-pool';

const CORPUS = resolve(__dirname, '../../corpus');
const inputs: ShapeInput[] = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => {
  const text = readFileSync(join(CORPUS, f), 'utf8');
  return { id: f, text, paragraphs: [], original: text.replace(/\n/g, ' ') };
});
const byId = new Map(inputs.map((i) => [i.id, i]));

async function run(threads: number): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  await runBatches<ShapeInput, PackedShape>({
    what: 'story-map shapes', ids: [...byId.keys(), 'gone'], threads, batch: 2, heapMb: 128,
    entry: threads > 0 ? workerEntry('storymap-worker', new URL('./storymap.ts', import.meta.url).href) : undefined,
    load: async (id) => byId.get(id), inThread: packedShapes,
    onResult: ({ id, packed }) => out.set(id, unpack(packed)),
  });
  return out;
}

describe('story-map shapes', () => {
  it('finds the worker script beside the story map', () => {
    expect(workerEntry('storymap-worker', new URL('./storymap.ts', import.meta.url).href)?.file).toMatch(/storymap-worker\.(ts|js)$/);
  });

  it('gives in worker threads what computeShape gives here, dates and the original file\'s date included', async () => {
    const here = await Promise.all(inputs.map((i) => computeShape(i)));
    expect(here.some((s) => s.dates.length > 0 && s.sourceDate)).toBe(true);
    const inWorkers = await run(2);
    expect([...inWorkers.keys()].sort()).toEqual(inputs.map((i) => i.id));
    for (const [k, i] of inputs.entries()) expect(inWorkers.get(i.id)).toEqual(here[k]);
    const inThread = await run(0);
    expect(inThread).toEqual(inWorkers);
  }, 180_000);
});
