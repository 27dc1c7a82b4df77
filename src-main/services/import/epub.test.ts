import { strToU8, zipSync } from 'fflate';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePath } from './epub';
import { DEFAULT_LIMITS } from './limits';
import { readImportFile } from './read-file';

const chapter = (title: string, paras: string[]) =>
  `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${title}</title>` +
  `<script>alert(1)</script></head><body><h2>${title}</h2>${paras.map((p) => `<p>${p}</p>`).join('')}</body></html>`;

const CH1 = ['The ambassador announced his resignation in a statement read on television on Wednesday night.', 'Officials in the capital declined to comment on the report.'];
const CH2 = ['Two more diplomats left their posts a week later, according to people familiar with the matter.'];

/** A minimal EPUB 3: mimetype, container, package with metadata, manifest and spine (chapter 2 first in the zip). */
function buildEpub(): Uint8Array {
  return zipSync({
    mimetype: strToU8('application/epub+zip'),
    'META-INF/container.xml': strToU8(
      '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
    ),
    'OEBPS/content.opf': strToU8(
      '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">' +
        '<dc:title>Defections: a dossier</dc:title><dc:creator>Jane Doe</dc:creator><dc:date>2012-08-02</dc:date><dc:publisher>Example Books</dc:publisher></metadata>' +
        '<manifest><item id="c1" href="text/ch%201.xhtml" media-type="application/xhtml+xml"/><item id="c2" href="text/ch2.xhtml" media-type="application/xhtml+xml"/><item id="css" href="style.css" media-type="text/css"/></manifest>' +
        '<spine><itemref idref="c1"/><itemref idref="c2"/></spine></package>',
    ),
    'OEBPS/text/ch2.xhtml': strToU8(chapter('Later departures', CH2)),
    'OEBPS/text/ch 1.xhtml': strToU8(chapter('The first envoy', CH1)),
    'OEBPS/style.css': strToU8('p { margin: 0 }'),
  });
}

describe('EPUB import', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'quire-epub-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('reads chapters in spine order through the HTML path, with metadata and chapter spans', async () => {
    const path = join(dir, 'book.epub');
    await writeFile(path, buildEpub());
    const r = await readImportFile(path);
    if (!r.ok) throw new Error(r.reason);
    const d = r.draft;
    expect(d).toMatchObject({ title: 'Defections: a dossier', byline: 'Jane Doe', published: '2012-08-02', outlet: 'Example Books' });
    expect(d.text.split('\n\n')).toEqual(['The first envoy', ...CH1, 'Later departures', ...CH2]);
    expect(d.chapters?.map((c) => c.title)).toEqual(['The first envoy', 'Later departures']);
    const [c1, c2] = d.chapters!.map((c) => d.text.slice(c.span[0], c.span[1]));
    expect(c1.endsWith(CH1[1])).toBe(true);
    expect(c2.startsWith('Later departures')).toBe(true);
    expect(d.text).not.toContain('alert');
  });

  it('refuses a zip that unpacks past the limits', async () => {
    const path = join(dir, 'bomb.epub');
    await writeFile(path, buildEpub());
    const r = await readImportFile(path, { ...DEFAULT_LIMITS, maxZipBytes: 100 });
    expect(r.ok === false && r.reason).toMatch(/too large when unpacked/);
  });

  it('refuses a zip that is not an EPUB', async () => {
    const path = join(dir, 'plain.epub');
    await writeFile(path, zipSync({ 'a.txt': strToU8('hello') }));
    const r = await readImportFile(path);
    expect(r.ok === false && r.reason).toMatch(/not an EPUB/);
  });

  it('resolves hrefs against the package folder', () => {
    expect(resolvePath('OEBPS/', 'text/ch%201.xhtml#x')).toBe('OEBPS/text/ch 1.xhtml');
    expect(resolvePath('OEBPS/text/', '../ch2.xhtml')).toBe('OEBPS/ch2.xhtml');
  });
});
