import { describe, expect, it } from 'vitest';
import { pdfTemplates } from './printer';

describe('pdfTemplates', () => {
  it('puts the title in the header and page numbers in the footer, with an explicit font size', () => {
    const { headerTemplate, footerTemplate } = pdfTemplates('Nawaf Fares');
    expect(headerTemplate).toContain('Nawaf Fares');
    expect(headerTemplate).toMatch(/font-size:\s*[\d.]+px/);
    expect(footerTemplate).toContain('class="pageNumber"');
    expect(footerTemplate).toContain('class="totalPages"');
  });

  it('escapes the title', () => {
    const { headerTemplate } = pdfTemplates('<script>alert(1)</script>');
    expect(headerTemplate).not.toContain('<script>');
    expect(headerTemplate).toContain('&#60;script&#62;');
  });
});
