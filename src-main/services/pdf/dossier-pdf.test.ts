// Prints a real dossier (Nawaf Fares over the sample corpus) with a system Chromium and reads the PDF back with
// poppler: its text must hold what the dossier says; the cover and a content page are rendered to artifacts/.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../../core/dossier';
import { analyzeArticles, findFigure } from '../../core/figures';
import { faresInput } from '../../core/dossier/test-fixtures';
import { ChromiumPdfPrinter } from './chromium-printer';
import { exportDossier } from './export';
import { findChromium } from './find-chromium';

const chromiumPath = findChromium();
if (!chromiumPath) console.warn('dossier PDF test skipped: no Chromium found (set CHROME_PATH, or install chromium)');

const ARTIFACTS = join(process.cwd(), 'artifacts');
const squash = (s: string) => s.replace(/\s+/g, '').replace(/[\u2010\u00ad]/g, '-');

describe.skipIf(!chromiumPath)('dossier PDF through system Chromium', () => {
  const printer = new ChromiumPdfPrinter(chromiumPath ?? '');
  afterAll(() => printer.close());
  const input = faresInput();
  // The real analysis of the sample articles, not the hand-made fixture figures.
  const analysis = analyzeArticles(input.articles.map((a) => ({ id: a.id, text: a.text, published: a.published })));
  const fares = findFigure(analysis.figures, 'Nawaf Fares')!;
  const real = { ...input, figure: fares, figures: analysis.figures, mentions: analysis.mentions };
  const doc = buildDossier(real);

  it('holds the name, aliases, a quote, the roles and every source naming the figure', async () => {
    const pdf = await exportDossier(doc, 'pdf', { printer, paper: 'A4' });
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'dossier-fares.pdf');
    writeFileSync(file, pdf);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');

    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    expect(text).toContain(squash(doc.figure.name));
    for (const alias of doc.figure.aliases) expect(text).toContain(squash(alias));
    expect(text).toContain(squash(doc.quotes[0].text));
    for (const role of doc.roles) expect(text).toContain(squash(role.text));
    const naming = new Set(real.mentions.filter((m) => m.figureId === doc.figure.id).map((m) => m.articleId));
    for (const a of input.articles.filter((a) => naming.has(a.id))) {
      expect(text).toContain(squash(a.title));
      expect(text).toContain(squash(a.source.fileName));
    }

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3); // cover, contents, body
    expect(info).toMatch(/Page size:.*\(A4\)/);

    // Look at them: the cover, and the first page of "What the sources say".
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', file, join(ARTIFACTS, 'dossier-fares-cover')]);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '3', '-l', '4', file, join(ARTIFACTS, 'dossier-fares-page')]);
    // And a running header on a content page.
    const page3 = execFileSync('pdftotext', ['-f', '3', '-l', '3', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(page3).toContain('Quire dossier');
    expect(squash(page3)).toContain(squash(`3 / ${pages}`));
  });

  it('lays out mixed Arabic and Latin text (look at artifacts/dossier-bidi-*.png)', async () => {
    const arabic = 'قال نواف الفارس إنه أعلن انشقاقه عن حزب البعث، وفق ما نقلته Al Jazeera يوم الأربعاء.';
    const latin = 'Nawaf Fares (نواف الفارس) spoke to Al Jazeera on Wednesday.';
    const text = `${arabic}\n${latin}`;
    const article = { id: 'ar1', title: 'السفير السوري في العراق ينشق', outlet: 'الجزيرة', published: '2012-07-12', text, paragraphs: [], source: { fileName: 'ar.txt' } };
    const at = (s: string, from = 0) => ({ figureId: 'fares', articleId: 'ar1', start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });
    const bidi = buildDossier({
      ...input,
      figure: { ...input.figure, aliases: [...input.figure.aliases, 'نواف الفارس'] },
      articles: [...input.articles, article],
      mentions: [...input.mentions, at('نواف الفارس'), at('Nawaf Fares'), at('نواف الفارس', arabic.length)],
    });
    const file = join(ARTIFACTS, 'dossier-bidi.pdf');
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(file, await exportDossier(bidi, 'pdf', { printer, paper: 'A4' }));
    const group = bidi.passages.findIndex((g) => g.articleId === 'ar1');
    expect(group).toBeGreaterThanOrEqual(0);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '3', file, join(ARTIFACTS, 'dossier-bidi')]);
    const all = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(all).toMatch(/[\u0600-\u06ff]/); // Arabic glyphs made it into the PDF as text
  });

  it('prints Letter when asked, reusing the same browser', async () => {
    const pdf = await exportDossier(doc, 'pdf', { printer, paper: 'Letter' });
    const file = join(ARTIFACTS, 'dossier-fares-letter.pdf');
    writeFileSync(file, pdf);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792/);
  });
});
