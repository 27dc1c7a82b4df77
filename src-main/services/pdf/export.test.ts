import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDossier } from '../../core/dossier';
import { faresInput, figure } from '../../core/dossier/test-fixtures';
import { dossierFileName, exportDossier, exportDossiers } from './export';
import type { PdfPrinter, PrintOptions } from './printer';

/** A printer that records what it was asked to print. */
class RecordingPrinter implements PdfPrinter {
  calls: Array<{ html: string; opts: PrintOptions }> = [];
  async print(html: string, opts: PrintOptions): Promise<Uint8Array> {
    this.calls.push({ html, opts });
    return new TextEncoder().encode(`%PDF-fake ${this.calls.length}`);
  }
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('exportDossier', () => {
  const doc = buildDossier(faresInput());
  const text = async (format: 'md' | 'html' | 'json') => new TextDecoder().decode(await exportDossier(doc, format));

  it('writes JSON that parses back to the document', async () => {
    expect(JSON.parse(await text('json'))).toEqual(doc);
  });

  it('writes standalone HTML whose citations lead to the notes, not to app routes', async () => {
    const html = await text('html');
    expect(html).toContain('href="#note-1"');
    expect(html).not.toContain('href="#/article/');
  });

  it('hands print HTML, the paper size and the figure name to the printer', async () => {
    const printer = new RecordingPrinter();
    await exportDossier(doc, 'pdf', { printer, paper: 'Letter' });
    expect(printer.calls[0].opts).toEqual({ format: 'Letter', headerTitle: 'Nawaf Fares' });
    expect(printer.calls[0].html).toContain('size: Letter');
  });

  it('refuses PDF without a printer', async () => {
    await expect(exportDossier(doc, 'pdf')).rejects.toThrow(/printer/);
  });
});

describe('exportDossiers', () => {
  it('writes every dossier into the folder with distinct, safe file names through one printer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-dossiers-'));
    dirs.push(dir);
    const base = faresInput();
    const others = [figure('tlas', 'Manaf Tlas'), figure('x', '../../etc/passwd'), figure('y', 'Manaf  Tlas!'), figure('ar', 'نواف')];
    const docs = [base.figure, ...others].map((f) => buildDossier({ ...base, figure: f }));
    const printer = new RecordingPrinter();
    const written = await exportDossiers(docs, join(dir, 'out'), 'pdf', { printer });
    const names = readdirSync(join(dir, 'out')).sort();
    expect(names).toEqual(['ar.pdf', 'etc-passwd.pdf', 'manaf-tlas-2.pdf', 'manaf-tlas.pdf', 'nawaf-fares.pdf']);
    expect(printer.calls).toHaveLength(docs.length);
    expect(written.map((w) => w.figureId)).toEqual(docs.map((d) => d.figure.id));
    expect(readFileSync(written[0].file, 'latin1')).toBe('%PDF-fake 1');
  });

  it('names files after the figure', () => {
    const doc = buildDossier(faresInput());
    expect(dossierFileName(doc, 'md')).toBe('nawaf-fares.md');
  });
});
