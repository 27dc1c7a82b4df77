import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWorker, workerEntry } from './worker-pool';

describe('worker pool', () => {
  it('finds worker scripts beside this module (their sources when not bundled)', () => {
    expect(workerEntry('figures-worker', new URL('./figures-pool.ts', import.meta.url).href)?.file).toMatch(/figures-worker\.ts$/);
    expect(workerEntry('no-such-worker', import.meta.url)).toBeUndefined();
  });

  it('answers in order, reports a failed request as an error, and is marked dead when the worker dies', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'quire-worker-'));
    const file = join(dir, 'echo.mjs');
    await writeFile(file, `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ seq, request }) => {
  if (request === 'die') process.exit(3);
  if (request === 'bad') parentPort.postMessage({ seq, error: 'bad request' });
  else parentPort.postMessage({ seq, result: request.toUpperCase() });
});`);
    const w = startWorker<string, string>({ file, viaTsx: false }, 'echo', 64);
    expect(await Promise.all(['a', 'b', 'c'].map((x) => w.call(x)))).toEqual(['A', 'B', 'C']);
    await expect(w.call('bad')).rejects.toThrow('echo failed in a worker: bad request');
    expect(w.dead).toBe(false);
    await expect(w.call('die')).rejects.toThrow(/echo worker stopped \(exit 3\)/);
    expect(w.dead).toBe(true);
    await expect(w.call('d')).rejects.toThrow(/stopped/);
    await w.stop();
  });
});
