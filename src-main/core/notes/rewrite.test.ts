import { describe, expect, it } from 'vitest';
import { rewriteWikiLinks } from './rewrite';

const resolve = (t: string) => (t === 'Nawaf Fares' ? { kind: 'figure' as const, id: 'f 1' } : t === 'BBC report' ? { kind: 'article' as const, id: 'a1' } : null);

describe('rewriteWikiLinks', () => {
  it('turns links into Markdown links to hash routes, labels escaped, code untouched', () => {
    const body = 'See [[Nawaf Fares|the *envoy*]] and [[BBC report]]; `[[Nawaf Fares]]` stays.';
    expect(rewriteWikiLinks(body, resolve)).toBe(
      'See [the \\*envoy\\*](#/figure/f%201) and [BBC report](#/article/a1); `[[Nawaf Fares]]` stays.',
    );
  });
  it('makes a link to nothing a search for its target', () => {
    expect(rewriteWikiLinks('[[Bashar al-Assad]]', resolve)).toBe('[Bashar al-Assad](#/search?q=Bashar%20al-Assad "Nothing is called this yet")');
  });
});
