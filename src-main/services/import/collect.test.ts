import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles, formatOf } from './collect';

describe('collectFiles', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'quire-collect-'));
    await mkdir(join(dir, 'a/b'), { recursive: true });
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, 'a/one.txt'), 'x');
    await writeFile(join(dir, 'a/b/two.MD'), 'x');
    await writeFile(join(dir, 'a/b/three.pdf'), 'x');
    await writeFile(join(dir, 'a/photo.jpg'), 'x');
    await writeFile(join(dir, 'a/.draft.txt'), 'x');
    await writeFile(join(dir, '.git/config'), 'x');
    await symlink(join(dir, 'a'), join(dir, 'a/b/loop')); // a folder link back up: a loop
    await symlink(join(dir, 'a/one.txt'), join(dir, 'a/b/again.txt')); // the same file twice
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('walks folders recursively, skips hidden and unsupported files with reasons, and survives link loops', async () => {
    const r = await collectFiles([dir, join(dir, 'nope.txt')]);
    // a/b is read before a/one.txt (sorted names), so the file is listed under its link's name, once
    expect(r.files.map((f) => f.slice(dir.length + 1))).toEqual(['a/b/again.txt', 'a/b/three.pdf', 'a/b/two.MD']);
    const reasons = Object.fromEntries(r.skipped.map((s) => [s.file.slice(dir.length + 1), s.reason]));
    expect(reasons).toEqual({
      '.git': 'hidden folder',
      'a/.draft.txt': 'hidden file',
      'a/photo.jpg': 'unsupported file type .jpg',
      'nope.txt': 'not found',
    });
  });

  it('formatOf knows the supported extensions, case-insensitively', () => {
    expect(['x.TXT', 'x.markdown', 'x.htm', 'x.xhtml', 'x.pdf', 'x.epub', 'x.doc'].map(formatOf)).toEqual(['txt', 'md', 'html', 'html', 'pdf', 'epub', null]);
  });
});
