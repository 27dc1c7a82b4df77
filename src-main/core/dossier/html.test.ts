import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildDossier } from './build';
import { renderDossierHtml } from './html';
import { faresInput, figure, findMentions } from './test-fixtures';

const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">';

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Elements or attributes that could run code or fetch something. */
function activeContent(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'IMG', 'LINK', 'BASE', 'FORM'].includes(el.tagName)) found.push(el.tagName);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.tagName}@${attr.name}`);
      if (/^(href|src)$/.test(attr.name) && !attr.value.startsWith('#')) found.push(`${el.tagName}@${attr.name}=${attr.value}`);
    }
  }
  return found;
}

describe('renderDossierHtml', () => {
  const input = faresInput();
  const doc = buildDossier(input);

  it('renders a standalone page: strict CSP, inline style, nothing active, nothing remote', () => {
    for (const forPrint of [true, false]) {
      const html = renderDossierHtml(doc, { forPrint });
      const page = parse(html);
      const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toMatch(/script-src|https?:/);
      expect(activeContent(page)).toEqual([]);
      expect(page.querySelectorAll('style')).toHaveLength(1);
    }
  });

  it('numbers every citation and resolves each to a note naming its source and paragraph', () => {
    const page = parse(renderDossierHtml(doc, { forPrint: true }));
    const refs = [...page.querySelectorAll('sup.cite a')];
    // every citation is marked: one by one, or inside a range of three or more ("4–6")
    const marked = [...page.querySelectorAll('sup.cite')].flatMap((sup) => sup.textContent!.split(',').flatMap((item) => {
      const [from, to = from] = item.split('–').map(Number);
      return Array.from({ length: to - from + 1 }, (_, k) => String(from + k));
    }));
    expect(new Set(marked)).toEqual(new Set(doc.citations.map((c) => String(c.n))));
    for (const a of refs) {
      const note = page.getElementById(a.getAttribute('href')!.slice(1));
      const c = doc.citations[Number(a.textContent) - 1];
      expect(note?.textContent).toContain(`S${c.source}, ¶${c.paragraph}`);
      expect(note?.textContent).toContain(doc.sources[c.source - 1].title);
      const sourceLink = note!.querySelector('a')!.getAttribute('href')!;
      expect(page.getElementById(sourceLink.slice(1))?.textContent).toContain(doc.sources[c.source - 1].fileName);
    }
  });

  it('writes three or more consecutive footnotes as a range whose ends are links', () => {
    const n = doc.citations.length;
    expect(n).toBeGreaterThanOrEqual(4);
    const cited = { ...doc, roles: [{ ...doc.roles[0], cites: [1, 2, 3, 4, n] }, ...doc.roles.slice(1)] };
    const sup = parse(renderDossierHtml(cited, { forPrint: true })).querySelector('sup.cite')!; // the header's first role
    expect(sup.textContent).toBe(`1–4,${n}`);
    expect([...sup.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#note-1', '#note-4', `#note-${n}`]);
  });

  it('links citations back to the passage in the app', () => {
    const page = parse(renderDossierHtml(doc, { forPrint: false }));
    const hrefs = [...page.querySelectorAll('sup.cite a')].map((a) => a.getAttribute('href'));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^#\/article\/[0-9a-f]+\?at=\d+-\d+$/);
  });

  it('shows passages grouped by source in the document order, mentions in bold, bidi-isolated', () => {
    const page = parse(renderDossierHtml(doc, { forPrint: true }));
    const groups = [...page.querySelectorAll('#sources-say article')];
    expect(groups.map((g) => g.querySelector('h3')!.textContent)).toEqual(doc.passages.map((g) => `S${g.source} · ${g.title}`));
    groups.forEach((g, i) => expect(g.querySelectorAll('blockquote')).toHaveLength(doc.passages[i].passages.length));
    const marks = [...page.querySelectorAll('#sources-say strong.mention > bdi')].map((b) => b.textContent);
    expect(marks).toEqual(doc.passages.flatMap((g) => g.passages.flatMap((p) => p.marks.map(([s, e]) => p.text.slice(s, e)))));
    for (const q of page.querySelectorAll('#sources-say blockquote')) expect(q.getAttribute('dir')).toBe('auto');
  });

  it('keeps a hostile figure name, passage and note inert, shown as text', () => {
    const evil = figure('evil', `Evil ${HOSTILE}`, [HOSTILE]);
    const base = faresInput();
    const a = base.articles[0];
    const text = `${a.text}\nHe met ${HOSTILE} yesterday.`;
    const articles = [{ ...a, text, paragraphs: [] }, ...base.articles.slice(1)];
    const html = renderDossierHtml(
      buildDossier({
        ...base,
        figure: evil,
        figures: [...base.figures, evil],
        articles,
        mentions: findMentions(articles, 'evil', HOSTILE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
        notes: [{ id: 'n', title: HOSTILE, body: `[[${evil.name}]] ${HOSTILE} [x](javascript:alert(3))`, tags: [], created: '', updated: '' }],
      }),
      { forPrint: true },
    );
    const page = parse(html);
    expect(activeContent(page)).toEqual([]);
    expect(html).not.toMatch(/<script|<img|javascript:/i);
    expect(page.querySelector('h1')!.textContent).toBe(evil.name);
    expect(page.querySelector('#sources-say strong.mention')!.textContent).toBe(HOSTILE);
    expect(page.querySelector('#notes .note-body')!.textContent).toContain('<script>alert(1)</script>');
  });

  it('sets the paper size for print only', () => {
    expect(renderDossierHtml(doc, { forPrint: true, format: 'Letter' })).toContain('size: Letter');
    expect(renderDossierHtml(doc, { forPrint: false })).not.toContain('@page');
  });
});
