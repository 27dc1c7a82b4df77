import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { buildDossier } from './build';
import { escapeMarkdown } from './escape';
import { renderDossierMarkdown } from './markdown';
import { faresInput, figure, findMentions } from './test-fixtures';

const HOSTILE = '<script>alert(1)</script>';

describe('renderDossierMarkdown', () => {
  const doc = buildDossier(faresInput());
  const md = renderDossierMarkdown(doc);

  it('has one footnote definition per citation, and every reference resolves', () => {
    const defs = [...md.matchAll(/^\[\^(\d+)\]: (.*)$/gm)];
    expect(defs.map((d) => Number(d[1]))).toEqual(doc.citations.map((c) => c.n));
    const refs = new Set([...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1])));
    expect(refs).toEqual(new Set(doc.citations.map((c) => c.n)));
    for (const [, n, text] of defs) {
      const c = doc.citations[Number(n) - 1];
      expect(text).toContain(`S${c.source}, ¶${c.paragraph}`);
    }
  });

  it('lists passages under their source headings in order, with mentions in bold', () => {
    const headings = [...md.matchAll(/^### (S\d+)\. /gm)].map((m) => m[1]);
    expect(headings).toEqual(doc.passages.map((g) => `S${g.source}`));
    const html = marked.parse(md) as string;
    const strong = [...new JSDOM(html).window.document.querySelectorAll('blockquote strong')].map((s) => s.textContent);
    for (const g of doc.passages) for (const p of g.passages) for (const [s, e] of p.marks) expect(strong).toContain(p.text.slice(s, e));
  });

  it('names every source with its file', () => {
    for (const s of doc.sources) expect(md).toContain(`**S${s.n}**`), expect(md).toContain(s.fileName);
  });

  it('keeps hostile names, passages and notes inert once rendered', () => {
    const base = faresInput();
    const evil = figure('evil', `Evil ${HOSTILE}`, ['*bold* [link](javascript:x)']);
    const a = base.articles[0];
    const text = `${a.text}\nHe met Evil ${HOSTILE} yesterday.`;
    const articles = [{ ...a, text, paragraphs: [] }, ...base.articles.slice(1)];
    const out = renderDossierMarkdown(
      buildDossier({
        ...base,
        figure: evil,
        articles,
        mentions: findMentions(articles, 'evil', 'Evil <script>alert\\(1\\)</script>'),
        notes: [{ id: 'n', title: 'x', body: `See [[evil]]. ${HOSTILE} \`<b>code</b>\``, tags: [], created: '', updated: '' }],
      }),
    );
    expect(out).not.toMatch(/<script/i);
    const page = new JSDOM(marked.parse(out) as string).window.document;
    expect(page.querySelectorAll('script, a[href^="javascript"]')).toHaveLength(0);
    expect(page.querySelector('h1')!.textContent).toBe(evil.name);
    expect(page.body.textContent).toContain('*bold* [link](javascript:x)');
    expect(page.querySelector('code')!.textContent).toBe('<b>code</b>');
  });
});

describe('escapeMarkdown', () => {
  it('leaves plain prose readable and escapes what Markdown would act on', () => {
    expect(escapeMarkdown("Nawaf al-Fares, Syria's envoy")).toBe("Nawaf al-Fares, Syria's envoy");
    expect(escapeMarkdown('# 1. a_b *c* [d] `e` | f')).toBe('\\# 1. a\\_b \\*c\\* \\[d\\] \\`e\\` \\| f');
    expect(escapeMarkdown('2012. The year')).toBe('2012\\. The year');
  });
});
