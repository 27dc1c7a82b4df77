// The dossier's stylesheet: print-friendly serif typography on system fonts, bidi-safe names, cover and page breaks.

export type PaperFormat = 'A4' | 'Letter';

const SERIF = `"Noto Serif", "Liberation Serif", "DejaVu Serif", Georgia, "Times New Roman", "Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", serif`;
const SANS = `"Noto Sans", "Liberation Sans", "DejaVu Sans", "Helvetica Neue", Arial, "Noto Sans Arabic", "Segoe UI", sans-serif`;

const BASE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font-family: ${SERIF}; font-size: 11pt; line-height: 1.5; color: #1b1b1b; background: #fff; }
body { margin: 0; }
h1, h2, h3, .label, .meta, table, .toc, .endnotes, .sources { font-family: ${SANS}; }
h1 { font-size: 26pt; line-height: 1.15; margin: 0 0 .3em; font-weight: 700; }
h2 { font-size: 15pt; margin: 1.6em 0 .5em; padding-bottom: .2em; border-bottom: 1.5px solid #1b1b1b; break-after: avoid; }
h3 { font-size: 11pt; margin: 1.3em 0 .2em; break-after: avoid; }
p { margin: .35em 0; }
a { color: inherit; text-decoration: none; }
.name, bdi { unicode-bidi: isolate; }
.label { text-transform: uppercase; letter-spacing: .12em; font-size: 8.5pt; color: #555; }
.meta { font-size: 8.5pt; color: #555; margin: 0 0 .4em; }
.source-group > .meta { break-after: avoid; }
sup.cite { font-family: ${SANS}; font-size: 6.5pt; line-height: 0; vertical-align: super; color: #8a3b12; margin-left: .1em; white-space: nowrap; }
sup.cite a { color: inherit; }
blockquote { margin: .45em 0; padding-block: .15em; padding-inline: .9em 0; border-inline-start: 2.5px solid #c9c2b8; break-inside: avoid; }
blockquote p { margin: 0; }
.mention { font-weight: 700; }
.also { font-family: ${SANS}; font-size: 8pt; color: #666; }
ul.roles { margin: .3em 0; padding-left: 1.2em; }
ul.roles li { margin: .15em 0; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1.2em; margin: .5em 0; }
dl.summary dt { font-family: ${SANS}; font-size: 9pt; color: #555; }
dl.summary dd { margin: 0; }
.quote { font-style: italic; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { text-align: start; padding: .25em .5em; border-bottom: .5px solid #ccc; vertical-align: top; }
th { font-weight: 600; color: #444; }
td.num { text-align: end; width: 6em; }
.hl { border-inline-start-width: 4px; }
.hl-0 { border-inline-start-color: #e8c547; } .hl-1 { border-inline-start-color: #7fb77e; } .hl-2 { border-inline-start-color: #6fa8dc; }
.hl-3 { border-inline-start-color: #e69191; } .hl-4 { border-inline-start-color: #b59ad8; }
.status { font-family: ${SANS}; font-size: 8pt; color: #8a3b12; }
.note-body { font-size: 10pt; }
.note-body pre, .note-body code { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 9pt; }
ol.endnotes, ol.sources { font-size: 8.5pt; padding-left: 2.6em; }
ol.endnotes li, ol.sources li { margin: .12em 0; break-inside: avoid; }
ol.sources { list-style: none; padding-left: 0; }
ol.sources li { margin: .35em 0; padding-left: 2.6em; text-indent: -2.6em; }
.source-title { font-family: ${SERIF}; font-style: italic; }
.file { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 7.5pt; color: #666; }
.cover { display: flex; flex-direction: column; }
.cover .aliases { font-size: 12pt; color: #333; margin: .2em 0 .4em; }
.cover .roles { font-size: 12pt; font-style: italic; color: #333; margin: 0 0 1.4em; }
.cover .facts { font-family: ${SANS}; font-size: 10pt; color: #333; }
.cover .exported { font-family: ${SANS}; font-size: 9pt; color: #555; margin-top: 2.5em; border-top: .5px solid #999; padding-top: .6em; }
.toc ol { list-style: none; padding: 0; font-size: 11pt; }
.toc .count { font-size: 9pt; color: #666; }
.toc li { padding: .3em 0; border-bottom: .5px dotted #bbb; display: flex; justify-content: space-between; }
.empty { color: #666; font-style: italic; }
.story-figure { margin: .6em 0 1em; break-inside: avoid; }
.story-figure svg { display: block; max-width: 100%; height: auto; }
.story-figure figcaption { font-family: ${SANS}; font-size: 8.5pt; color: #555; margin-top: .2em; }
ol.events { padding-left: 1.8em; font-size: 10pt; }
ol.events li { margin: .25em 0; break-inside: avoid; }
ol.events .when { font-family: ${SANS}; font-weight: 600; font-size: 9pt; }
`;

const SCREEN = `
body { max-width: 46em; margin: 2.5em auto 4em; padding: 0 1.5em; }
.cover { padding: 2em 0 1em; }
@media print { body { max-width: none; margin: 0; padding: 0; } }
`;

function printCss(format: PaperFormat): string {
  return `
@page { size: ${format}; }
.cover { height: 200mm; justify-content: center; break-after: page; }
.toc { break-after: page; }
h2.part { break-before: auto; }
`;
}

export function dossierCss(opts: { forPrint: boolean; format?: PaperFormat }): string {
  return BASE + (opts.forPrint ? printCss(opts.format ?? 'A4') : SCREEN);
}
