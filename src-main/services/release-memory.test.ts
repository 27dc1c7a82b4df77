import { describe, expect, it } from 'vitest';
import { releaseMemory } from './release-memory';

describe('releaseMemory', () => {
  it('collects garbage left by a batch job', () => {
    let garbage: number[][] | null = Array.from({ length: 200 }, () => Array.from({ length: 10_000 }, (_, i) => i * 1.5));
    const before = process.memoryUsage().heapUsed;
    garbage = null;
    releaseMemory();
    expect(garbage).toBeNull();
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 10e6);
    releaseMemory(); // again: the collector is kept
  });
});
