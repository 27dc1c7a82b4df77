import { describe, expect, it } from 'vitest';
import { PDF_MARGINS, pdfTemplates } from '../services/pdf/printer';
import { isAllowedPrintRequest, pdfPrintOptions, toInches } from './pdf-options';

describe('pdfPrintOptions', () => {
  it('prints the requested paper size with backgrounds and the shared header/footer templates', () => {
    for (const format of ['A4', 'Letter'] as const) {
      const o = pdfPrintOptions({ format, headerTitle: 'Nawaf al-Fares' });
      expect(o.pageSize).toBe(format);
      expect(o.displayHeaderFooter).toBe(true);
      expect(o.printBackground).toBe(true);
      expect(o.headerTemplate).toBe(pdfTemplates('Nawaf al-Fares').headerTemplate);
      expect(o.footerTemplate).toContain('pageNumber');
    }
  });

  it('uses the shared margins, converted to inches', () => {
    const o = pdfPrintOptions({ format: 'A4', headerTitle: 'x' });
    expect(o.margins!.top! * 25.4).toBeCloseTo(Number.parseFloat(PDF_MARGINS.top), 6);
    expect(o.margins!.left! * 25.4).toBeCloseTo(Number.parseFloat(PDF_MARGINS.left), 6);
  });
});

describe('toInches', () => {
  it('converts CSS lengths', () => {
    expect(toInches('25.4mm')).toBeCloseTo(1);
    expect(toInches('2.54cm')).toBeCloseTo(1);
    expect(toInches('72pt')).toBeCloseTo(1);
    expect(toInches('0.5in')).toBe(0.5);
    expect(() => toInches('20')).toThrow();
    expect(() => toInches('-2mm')).toThrow();
  });
});

describe('isAllowedPrintRequest', () => {
  it('allows the temporary dossier file and inline data only', () => {
    expect(isAllowedPrintRequest('file:///tmp/quire-print-Ab12Cd/dossier.html')).toBe(true);
    expect(isAllowedPrintRequest('file:///C:/Users/u/AppData/Local/Temp/quire-print-x9Y8z7/dossier.html')).toBe(true);
    expect(isAllowedPrintRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedPrintRequest('https://example.com/tracker.gif')).toBe(false);
    expect(isAllowedPrintRequest('file:///etc/passwd')).toBe(false);
    expect(isAllowedPrintRequest('file:///tmp/quire-print-Ab12Cd/../../etc/dossier.html')).toBe(false);
    expect(isAllowedPrintRequest('file:///tmp/quire-print-Ab12Cd/%2e%2e/dossier.html')).toBe(false);
    expect(isAllowedPrintRequest('file:///home/u/quire-print-a/other.html')).toBe(false);
  });
});
