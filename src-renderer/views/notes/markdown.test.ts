// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildIndex } from './link-targets';
import { renderMarkdown } from './markdown';

const links = buildIndex({
  figures: [{ id: 'f1', name: 'Nawaf Fares', aliases: ['Nawaf al-Fares'] }],
  articles: [{ id: 'a1', title: 'Envoy quits' }],
  notes: [{ id: 'n1', title: 'Timeline' }],
});

describe('renderMarkdown', () => {
  it('turns resolved [[links]] into in-app links and marks unresolved ones', () => {
    const html = renderMarkdown('See [[nawaf al-fares|the envoy]], [[Envoy quits]], [[Timeline]] and [[Nobody]].', links);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect([...doc.querySelectorAll('a.wiki')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['the envoy', '#/figure/f1'], ['Envoy quits', '#/article/a1'], ['Timeline', '#/note/n1'],
    ]);
    expect(doc.querySelector('.wiki.missing')?.textContent).toBe('Nobody');
  });
  it('keeps Markdown formatting', () => {
    expect(renderMarkdown('**bold** and *it*\n\n- one')).toMatch(/<strong>bold<\/strong>.*<em>it<\/em>[\s\S]*<li>one<\/li>/);
  });
  it('strips scripts, event handlers, javascript: links and remote images', () => {
    const html = renderMarkdown('<script>alert(1)</script><img src="https://x/y.png" onerror="alert(2)">[x](javascript:alert(3)) <a href="#" onclick="alert(4)">a</a>');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script, img, iframe')).toHaveLength(0);
    expect([...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames()).filter((n) => n.startsWith('on'))).toEqual([]);
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '').filter((h) => /^javascript:/i.test(h))).toEqual([]);
  });
  it('escapes HTML in link labels', () => {
    expect(renderMarkdown('[[<b>Timeline</b>]]', links)).not.toContain('<b>');
  });
});
