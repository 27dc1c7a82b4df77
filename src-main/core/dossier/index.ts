// The dossier core: build a figure's cited, structured document and render it to HTML or Markdown (pure, no I/O).

export { buildDossier, buildDossierBase } from './build';
export { completeDossier, linkedNotes } from './annotations';
export { renderDossierHtml, DOSSIER_CSP, type HtmlOptions } from './html';
export { renderDossierMarkdown } from './markdown';
export { dossierCss, type PaperFormat } from './style';
export { formatDate } from './format';
export type * from './types';
