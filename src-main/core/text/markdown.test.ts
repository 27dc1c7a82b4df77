import { describe, expect, it } from 'vitest';
import { markdownBlocks } from './markdown';

describe('markdownBlocks', () => {
  it('shows images as placeholders with their alt text, never their URL', () => {
    const { blocks } = markdownBlocks('A photo ![Nawaf  al-Fares](https://cdn.example/a.jpg) here.\n\n![](https://t.example/p.gif)\n');
    expect(blocks.map((b) => b.text)).toEqual(['A photo [image: Nawaf al-Fares] here.', '[image]']);
    expect(JSON.stringify(blocks)).not.toContain('example');
  });
  it('reads front matter and keeps link text without the link', () => {
    const { blocks, meta } = markdownBlocks('---\ntitle: "Envoy quits"\nauthor: Jane Doe\n---\nSee [the report](javascript:alert(1)) today.\n');
    expect(meta).toEqual({ title: 'Envoy quits', byline: 'Jane Doe' });
    expect(blocks.map((b) => b.text)).toEqual(['See the report today.']);
  });
});
