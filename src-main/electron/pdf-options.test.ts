import { describe, expect, it } from 'vitest';
import { escapeHtml, footerTemplate, headerTemplate, isAllowedPrintRequest, pdfPrintOptions } from './pdf-options';

describe('pdfPrintOptions', () => {
  it('prints the requested paper size with header, footer and backgrounds', () => {
    for (const format of ['A4', 'Letter'] as const) {
      const o = pdfPrintOptions({ format, headerTitle: 'Nawaf al-Fares' });
      expect(o.pageSize).toBe(format);
      expect(o.displayHeaderFooter).toBe(true);
      expect(o.printBackground).toBe(true);
      expect(o.margins!.top).toBeGreaterThan(0.4); // room for the header
      expect(o.headerTemplate).toContain('Nawaf al-Fares');
      expect(o.footerTemplate).toBe(footerTemplate());
    }
  });

  it('numbers pages in the footer with explicit font sizes', () => {
    expect(footerTemplate()).toContain('<span class="pageNumber"></span>');
    expect(footerTemplate()).toContain('<span class="totalPages"></span>');
    expect(footerTemplate()).toMatch(/font-size:\s*\d/);
    expect(headerTemplate('x')).toMatch(/font-size:\s*\d/);
  });

  it('escapes the title (it is figure data, not markup)', () => {
    const h = headerTemplate('<img src=x onerror=alert(1)> & "Fares"');
    expect(h).not.toContain('<img');
    expect(h).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Fares&quot;');
    expect(escapeHtml("'")).toBe('&#39;');
  });

  it('clips very long titles', () => {
    const h = headerTemplate('A'.repeat(500));
    expect(h.length).toBeLessThan(500);
    expect(h).toContain('…');
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
