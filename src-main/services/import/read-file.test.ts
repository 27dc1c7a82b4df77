import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from './limits';
import { readImportFile } from './read-file';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => join(FIXTURES, name);

async function draftOf(path: string) {
  const r = await readImportFile(path);
  if (!r.ok) throw new Error(`expected a draft, got: ${r.reason}`);
  return r.draft;
}

describe('readImportFile: text formats', () => {
  it('reads a .txt file into a draft with spans, words and the original content', async () => {
    const d = await draftOf(fixture('plain.txt'));
    expect(d.title).toBe('Envoy quits');
    expect(d.text).toBe('The ambassador has resigned in protest at the crackdown, officials said.\n\nMore follows.');
    expect(d.paragraphs.map(([a, b]) => d.text.slice(a, b))).toEqual(d.text.split('\n\n'));
    expect(d.words).toBe(13);
    expect(d.source).toMatchObject({ fileName: 'plain.txt', format: 'txt', encoding: 'utf8' });
    expect(d.source.content.startsWith('Envoy quits\n')).toBe(true);
    expect(d.tags).toEqual([]);
    expect(d.url).toBeNull();
  });
  it('reads Markdown with front matter', async () => {
    const d = await draftOf(fixture('article.md'));
    expect(d).toMatchObject({ title: 'Envoy quits after crackdown', byline: 'Jane Doe', published: '2012-07-11', outlet: 'Example Weekly' });
    expect(d.text).toBe(
      "Syria's ambassador to Iraq has defected in protest at the military crackdown.\n\nReaction\n\n\"This is just the beginning,\" said an opposition member.",
    );
  });
});

describe('readImportFile: saved web pages', () => {
  it('takes metadata from meta tags and the article through Readability, without page furniture or scripts', async () => {
    const d = await draftOf(fixture('article.html'));
    expect(d).toMatchObject({
      title: 'Envoy quits after crackdown',
      outlet: 'Example News',
      byline: 'Jane Doe',
      published: '2012-07-11',
      url: 'https://news.example.org/2012/07/envoy-quits',
    });
    const paras = d.paragraphs.map(([a, b]) => d.text.slice(a, b));
    expect(paras).toEqual([
      '[image]', // the figure's photo (no alt text): a visible placeholder, never a load
      "Syria's ambassador to Iraq has defected in protest at the military crackdown by government forces against a 16-month uprising.",
      'In a statement, Nawaf al-Fares said that his decision came in the wake of what he described as a horrible massacre committed against the Syrian people.',
      '"I urge all honest members of this party to follow my path," he said, calling on the military to join the ranks of the revolution.',
      'Fares is from Deir Ezzor, the eastern city on the road to Iraq, which has been the scene of a ferocious military onslaught.',
      'He is the most senior diplomat to leave so far.',
    ]);
    expect(d.text).not.toMatch(/stolen|cookie|Home|Advertisement|Read more|©|Protesters march/);
  });
  it('reads JSON-LD (in an @graph) when meta tags are missing', async () => {
    const d = await draftOf(fixture('jsonld.htm'));
    expect(d).toMatchObject({ title: 'Talks stall as envoys trade blame', byline: 'Omar Haddad', outlet: 'Daily Example', published: '2012-08-01' });
    expect(d.paragraphs).toHaveLength(3);
  });
  it('falls back to <time datetime> for the date and to the body when Readability finds little', async () => {
    const d = await draftOf(fixture('time-only.html'));
    expect(d.published).toBe('2012-09-03');
    expect(d.title).toBe('Border crossing reopens');
    expect(d.text.startsWith('The main border crossing reopened')).toBe(true);
  });
});

describe('readImportFile: PDF', () => {
  it('reads the text with page spans, without running headers and page numbers', async () => {
    const d = await draftOf(fixture('two-pages.pdf'));
    expect(d.title).toBe('Envoy quits after crackdown');
    expect(d.pages).toHaveLength(2);
    const [p1, p2] = d.pages!.map(([a, b]) => d.text.slice(a, b));
    expect(p1.startsWith("Syria's ambassador to Iraq has defected")).toBe(true);
    expect(p1.endsWith('by the regime.')).toBe(true);
    expect(p2.startsWith('"I urge all honest members')).toBe(true);
    expect(d.text).not.toMatch(/Example Daily|Page \d/);
    expect(d.source).toMatchObject({ format: 'pdf', encoding: 'base64' });
  });
});

describe('readImportFile: bad input is refused with a one-line reason', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'quire-import-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));
  const write = async (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  };
  const reasonOf = async (path: string, limits = DEFAULT_LIMITS) => {
    const r = await readImportFile(path, limits);
    expect(r.ok).toBe(false);
    if (r.ok) return '';
    expect(r.file).toBe(path);
    expect(r.reason).not.toMatch(/\n/);
    return r.reason;
  };

  it('missing, empty, blank', async () => {
    expect(await reasonOf(join(dir, 'missing.txt'))).toBe('not found');
    expect(await reasonOf(await write('empty.txt', ''))).toBe('empty file');
    expect(await reasonOf(await write('blank.md', ' \n\t\n'))).toMatch(/empty/);
  });
  it('binary content under a text extension', async () => {
    expect(await reasonOf(await write('nul.txt', 'abc\0def'))).toMatch(/binary/);
    const noise = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256);
    expect(await reasonOf(await write('noise.md', noise))).toMatch(/binary/);
  });
  it('over the size limit', async () => {
    const path = await write('big.txt', 'word '.repeat(400));
    expect(await reasonOf(path, { ...DEFAULT_LIMITS, maxBytes: 1000 })).toBe('file too large (2 KB; limit 1000 bytes)');
  });
  it('absurdly nested HTML, fast', async () => {
    const path = await write('deep.html', `<html><body>${'<div>'.repeat(100_000)}x</body></html>`);
    expect(await reasonOf(path)).toMatch(/nested too deeply/);
  });
  it('not a PDF, not an EPUB, furniture only, unsupported type', async () => {
    expect(await reasonOf(await write('fake.pdf', 'hello, not a pdf at all'))).toMatch(/PDF/);
    expect(await reasonOf(await write('fake.epub', 'PK not really a zip'))).toMatch(/EPUB/);
    expect(await reasonOf(await write('furniture.txt', 'Advertisement\n\nShare this article\n'))).toMatch(/no article text/);
    expect(await reasonOf(await write('image.png', 'x'))).toBe('unsupported file type');
  });
  it('legacy Windows-1252 text is read, not refused', async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('The caf'), 0xe9, ...new TextEncoder().encode(' was closed, officials said on Monday.')]);
    const d = await readImportFile(await write('latin1.txt', bytes));
    expect(d.ok && d.draft.text).toBe('The café was closed, officials said on Monday.');
  });
});
