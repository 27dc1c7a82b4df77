// Fuzzing the importers: random bytes (and random bytes behind a real format's magic) under every supported
// extension never throw; the answer is a draft or a one-line reason.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../store/test-fixtures';
import { readImportFile } from './read-file';

const MAGIC: Record<string, Uint8Array[]> = {
  txt: [new Uint8Array(), new Uint8Array([0xef, 0xbb, 0xbf]), new Uint8Array([0xff, 0xfe])],
  md: [new Uint8Array(), new TextEncoder().encode('# ')],
  html: [new Uint8Array(), new TextEncoder().encode('<!doctype html><html><head><meta charset="'), new TextEncoder().encode('<script>')],
  pdf: [new Uint8Array(), new TextEncoder().encode('%PDF-1.7\n'), new TextEncoder().encode('%PDF-1.4\n1 0 obj <<')],
  epub: [new Uint8Array(), new Uint8Array([0x50, 0x4b, 0x03, 0x04]), new Uint8Array([0x50, 0x4b, 0x05, 0x06])],
};

describe('readImportFile on random bytes', () => {
  it('never throws; answers ok with text, or a one-line reason', async () => {
    const dir = await tempDir('quire-import-fuzz-');
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(MAGIC)),
        fc.nat({ max: 2 }),
        fc.oneof(fc.uint8Array({ maxLength: 4096 }), fc.string({ unit: 'binary', maxLength: 2000 }).map((s) => new TextEncoder().encode(s))),
        async (ext, magicIndex, tail) => {
          const magics = MAGIC[ext];
          const head = magics[magicIndex % magics.length];
          const path = join(dir, `f${n++}.${ext}`);
          await writeFile(path, Buffer.concat([head, tail]));
          const r = await readImportFile(path);
          if (r.ok) {
            expect(typeof r.draft.text).toBe('string');
            expect(r.draft.text.length).toBeGreaterThan(0);
            for (const [s, e] of r.draft.paragraphs) expect(0 <= s && s <= e && e <= r.draft.text.length).toBe(true);
          } else {
            expect(r.reason, r.reason).toMatch(/^[^\n]{1,300}$/);
            expect(r.file).toBe(path);
          }
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);
});
