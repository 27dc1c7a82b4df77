import { describe, expect, it } from 'vitest';
import { batches, sortFiles, toBase64 } from './gather-files';

const fakeFile = (size: number) => ({ size }) as File;

describe('gathering files for an import', () => {
  it('keeps importable files and says why the others are left out', () => {
    const r = sortFiles([
      { file: fakeFile(10), name: 'dir/a.TXT' },
      { file: fakeFile(10), name: 'dir/.hidden.md' },
      { file: fakeFile(10), name: 'photo.jpg' },
      { file: fakeFile(10), name: 'README' },
      { file: fakeFile(25 * 1024 * 1024), name: 'huge.pdf' },
      { file: fakeFile(10), name: 'book.epub' },
    ]);
    expect(r.files.map((f) => f.name)).toEqual(['dir/a.TXT', 'book.epub']);
    expect(r.skipped).toEqual([
      { file: 'dir/.hidden.md', reason: 'hidden file' },
      { file: 'photo.jpg', reason: 'unsupported file type .jpg' },
      { file: 'README', reason: 'no file extension' },
      { file: 'huge.pdf', reason: 'file too large (limit 20 MB)' },
    ]);
  });
  it('batches by count and by size, never leaving a file out or an empty batch', () => {
    const files = [5, 5, 5, 9, 1, 1].map((size, i) => ({ file: fakeFile(size), i }));
    const out = batches(files, 2, 10);
    expect(out.map((b) => b.map((f) => f.i))).toEqual([[0, 1], [2], [3, 4], [5]]);
  });
  it('encodes bytes as base64 exactly', async () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    expect(await toBase64(new Blob([bytes]))).toBe(Buffer.from(bytes).toString('base64'));
  });
});
