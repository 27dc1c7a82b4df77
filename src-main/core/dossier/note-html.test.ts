import { describe, expect, it } from 'vitest';
import { noteToHtml } from './note-html';

describe('noteToHtml', () => {
  it('renders Markdown with a direction per block', () => {
    const html = noteToHtml('First **point**\n\n- نواف الفارس\n- two');
    expect(html).toContain('<p dir="auto">First <strong>point</strong></p>');
    expect(html).toContain('<li dir="auto">نواف الفارس</li>');
  });

  it('escapes raw HTML and drops unsafe links and images', () => {
    const html = noteToHtml('<script>x()</script>\n\nHi <img src="http://x/y.png"> [a](javascript:alert(1)) ![i](http://x/i.png) [b](https://example.org)');
    expect(html).not.toMatch(/<script|<img|javascript:|(href|src)="http:\/\/x/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://example.org" rel="noreferrer">b</a>');
  });

  it('turns [[links]] into emphasised labels', () => {
    expect(noteToHtml('See [[fares|Nawaf Fares]] and [[Tlas]]')).toContain('<em>Nawaf Fares</em> and <em>Tlas</em>');
  });
});
