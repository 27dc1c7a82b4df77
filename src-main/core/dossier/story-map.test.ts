import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildNetwork, neighbourhood, sentenceIndex } from '../network';
import { buildTimeline, extractDateExpressions } from '../timeline';
import { buildDossier } from './build';
import { renderDossierHtml } from './html';
import { renderDossierMarkdown } from './markdown';
import { faresInput } from './test-fixtures';

/** The fixture's dossier input with its story map computed by the network and timeline cores. */
function withStoryMap() {
  const input = faresInput();
  const shaped = input.articles.map((a) => ({ ...a, sentences: sentenceIndex(a.text, a.paragraphs) }));
  const net = buildNetwork({
    figures: input.figures.map((f) => ({ id: f.id, name: f.name, roles: f.roles.map((r) => r.text) })),
    mentions: input.mentions,
    articles: shaped,
    copies: input.copies,
  });
  const events = buildTimeline(
    { articles: shaped.map((a) => ({ id: a.id, published: a.published, expressions: extractDateExpressions(a.text, a.sentences) })), mentions: input.mentions, copies: input.copies },
    { figureId: input.figure.id },
  );
  return { ...input, storyMap: { neighbourhood: neighbourhood(net, input.figure.id), events } };
}

describe('the dossier story map', () => {
  const input = withStoryMap();
  const doc = buildDossier(input);

  it('cites every dated event at its sentence', () => {
    expect(doc.storyMap?.events.length).toBe(input.storyMap.events.length);
    for (const [i, e] of doc.storyMap!.events.entries()) {
      const c = doc.citations[e.cites[0] - 1];
      expect([c.articleId, c.start, c.end]).toEqual([input.storyMap.events[i].articleId, ...input.storyMap.events[i].sentence]);
    }
  });

  it('renders static SVG in a script-free page, and a list in Markdown', () => {
    const html = renderDossierHtml(doc, { forPrint: true });
    const page = new JSDOM(html).window.document;
    const section = page.getElementById('story-map')!;
    expect(section).not.toBeNull();
    expect(section.querySelectorAll('svg').length).toBe(doc.storyMap!.events.length ? 2 : 1);
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(page.querySelector('.toc')!.textContent).toContain('Story map');
    expect(renderDossierMarkdown(doc)).toContain('## Story map');
  });

  it('leaves the section out when no story map is given', () => {
    const plain = buildDossier(faresInput());
    expect(plain.storyMap).toBeUndefined();
    expect(renderDossierHtml(plain, { forPrint: false })).not.toContain('id="story-map"');
  });
});
