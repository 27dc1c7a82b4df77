import { describe, expect, it } from 'vitest';
import { DISMISSED_KEY, isDismissed, rememberDismissed } from './dismissal';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe('onboarding dismissal', () => {
  it('is not dismissed on a first run, and is once remembered', () => {
    const s = memoryStorage();
    expect(isDismissed(s)).toBe(false);
    expect(rememberDismissed(s)).toBe(true);
    expect(s.items.get(DISMISSED_KEY)).toBe('1');
    expect(isDismissed(s)).toBe(true);
  });
  it('treats missing or failing storage as not dismissed, without throwing', () => {
    const failing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } };
    expect(isDismissed(undefined)).toBe(false);
    expect(isDismissed(failing)).toBe(false);
    expect(rememberDismissed(failing)).toBe(false);
    expect(rememberDismissed(undefined)).toBe(false);
  });
});
