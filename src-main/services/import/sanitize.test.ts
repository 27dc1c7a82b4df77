import { describe, expect, it } from 'vitest';
import { parseAndSanitize } from './sanitize';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const bodyOf = (html: string) => {
  const r = parseAndSanitize(html, 200);
  if (!r.ok) throw new Error(r.reason);
  return r.document.body;
};

describe('parseAndSanitize', () => {
  it('turns images into visible placeholders, drops tracking pixels, and keeps no media element', () => {
    const body = bodyOf(page(
      '<p>Before <img src="https://cdn.example/a.jpg" alt="Nawaf al-Fares  at a  press conference"> after.</p>' +
        '<p><img src="https://x.example/b.png"></p><img src="https://t.example/p.gif" width="1" height="1" alt="pixel">' +
        '<img src="https://t.example/q.gif" style="display: none" alt="hidden"><video src="v.mp4"></video>',
    ));
    expect(body.textContent?.replace(/\s+/g, ' ').trim()).toBe('Before [image: Nawaf al-Fares at a press conference] after. [image] [video]');
    expect(body.querySelectorAll('img, video, audio, source, picture').length).toBe(0);
  });

  it('removes scripts, event handlers, javascript: links, iframes, forms and styles', () => {
    const body = bodyOf(page(
      '<p onclick="alert(1)">Text <a href="javascript:alert(2)">link</a></p><script>alert(3)</script>' +
        '<iframe src="https://evil.example"></iframe><form action="https://evil.example"><input name="q"></form><style>@import url(https://evil.example/x.css)</style>',
    ));
    const html = body.innerHTML;
    expect(html).not.toMatch(/onclick|javascript:|<script|<iframe|<form|<input|<style|@import/i);
    expect(body.textContent).toContain('Text link');
  });

  it('parses each file into its own document: metadata of one page never shows in the next', () => {
    const a = parseAndSanitize(page('<p>A</p>', '<meta property="og:title" content="First"><link rel="canonical" href="https://a.example/">'), 200);
    const b = parseAndSanitize(page('<p>B</p>', '<title>Second</title>'), 200);
    if (!a.ok || !b.ok) throw new Error('parse failed');
    expect(a.raw.meta.get('og:title')).toBe('First');
    expect(a.raw.canonical).toBe('https://a.example/');
    expect(b.raw.meta.size).toBe(0);
    expect(b.raw.canonical).toBeNull();
    expect(a.document).not.toBe(b.document);
    expect(a.document.body.textContent).toBe('A');
  });
});
