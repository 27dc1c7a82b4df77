// renderDossierHtml: one self-contained, script-free HTML page for a dossier, for the app, for export and for print.

import { escapeHtml as esc } from './escape';
import { formatDate, parts, placeLabel, plural, sourceLabel, summaryFacts } from './format';
import { noteToHtml } from './note-html';
import { storyMapHtml } from './story-map';
import { dossierCss, type PaperFormat } from './style';
import type { DossierDoc, DossierSource, Passage, PassageGroup } from './types';

export interface HtmlOptions {
  forPrint: boolean;
  format?: PaperFormat;
  /** Where citation numbers link: 'app' to the passage (#/article/...), 'notes' to the numbered note. Default: print -> notes, else app. */
  links?: 'app' | 'notes';
}

/** No scripts, no remote anything: styles inline, images only as data: URLs. */
export const DOSSIER_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function renderDossierHtml(doc: DossierDoc, opts: HtmlOptions): string {
  const links = opts.links ?? (opts.forPrint ? 'notes' : 'app');
  const cite = (ns: number[]) => citeHtml(doc, ns, links);
  const name = esc(doc.figure.name);
  const body = [
    cover(doc, cite),
    contents(doc),
    profile(doc, cite),
    sourcesSay(doc, cite),
    section('quotes', 'Quotes', doc.quotes.length === 0 ? empty('No quotes attributed.') : doc.quotes.map((q) => `<blockquote class="quote" dir="auto"><p>“${esc(q.text)}”${cite(q.cites)}</p></blockquote>`).join('\n')),
    related(doc, cite),
    storyMapHtml(doc, cite),
    doc.highlights.length ? highlights(doc, cite) : '',
    doc.notes.length ? notes(doc) : '',
    citations(doc, links),
    sources(doc, links),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${DOSSIER_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Quire">
<title>Dossier: ${name}</title>
<style>${dossierCss({ forPrint: opts.forPrint, format: opts.format })}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

type Cite = (ns: number[]) => string;

/**
 * Footnote marks; three or more consecutive numbers read as a range ("1–60", each end a link), as a role or a passage
 * cited by dozens of articles would otherwise run a line of superscripts past the margin.
 */
function citeHtml(doc: DossierDoc, ns: number[], links: 'app' | 'notes'): string {
  if (ns.length === 0) return '';
  const link = (n: number) => {
    const c = doc.citations[n - 1];
    const href = links === 'app' ? c.href : `#note-${n}`;
    return `<a href="${esc(href)}" title="${esc(placeLabel(c))}">${n}</a>`;
  };
  const items: string[] = [];
  for (let i = 0; i < ns.length;) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j] + 1) j++;
    if (j - i >= 2) items.push(`${link(ns[i])}–${link(ns[j])}`);
    else for (let k = i; k <= j; k++) items.push(link(ns[k]));
    i = j + 1;
  }
  return `<sup class="cite">${items.join(',')}</sup>`;
}

const section = (id: string, title: string, inner: string) => `<section id="${id}">\n<h2 class="part">${esc(title)}</h2>\n${inner}\n</section>`;
const empty = (text: string) => `<p class="empty">${esc(text)}</p>`;
const nameHtml = (text: string) => `<bdi class="name">${esc(text)}</bdi>`;
/** "Outlet, 11 July 2012", the outlet isolated so an Arabic name does not pull the date into its run. */
const sourceLine = (s: Pick<DossierSource, 'outlet' | 'published'>) =>
  [s.outlet ? `<bdi>${esc(s.outlet)}</bdi>` : '', esc(formatDate(s.published))].filter(Boolean).join(', ');

function cover(doc: DossierDoc, cite: Cite): string {
  const f = doc.figure;
  const facts = summaryFacts(doc);
  const aliases = f.aliases.length ? `<p class="aliases" dir="auto">Also named ${f.aliases.map(nameHtml).join(' · ')}</p>` : '';
  return `<header class="cover">
<p class="label">Quire dossier</p>
<h1 dir="auto">${nameHtml(f.name)}</h1>
${aliases}
${doc.roles.length ? `<p class="roles" dir="auto">${doc.roles.slice(0, 3).map((r) => esc(r.text) + cite(r.cites)).join(' · ')}</p>` : ''}
<p class="facts">${esc(facts.counts)}</p>
<p class="facts">${esc(facts.outlets)}</p>
<p class="exported">Exported ${esc(formatDate(doc.exportedAt))} · ${plural(doc.sources.length, 'source')} · ${plural(doc.citations.length, 'citation')}</p>
</header>`;
}

function contents(doc: DossierDoc): string {
  const items = parts(doc).map((p) => `<li><a href="#${p.id}">${esc(p.title)}</a><span class="count">${esc(p.count)}</span></li>`);
  return `<nav class="toc" aria-label="Contents">\n<h2>Contents</h2>\n<ol>${items.join('')}</ol>\n</nav>`;
}

function profile(doc: DossierDoc, cite: Cite): string {
  const f = doc.figure;
  const s = doc.summary;
  const roles = doc.roles.length
    ? `<ul class="roles">${doc.roles.map((r) => `<li dir="auto">${esc(r.text)}${cite(r.cites)}</li>`).join('')}</ul>`
    : empty('No role stated in the sources.');
  const dated = (label: string, d: typeof s.first) =>
    d ? `<dt>${label}</dt><dd>${esc(formatDate(d.date))}, ${sourceLabel(d.source)}${cite(d.cites)}</dd>` : '';
  const facts = summaryFacts(doc);
  return section(
    'profile',
    'Profile',
    `<dl class="summary">
<dt>Name</dt><dd dir="auto">${nameHtml(f.name)}${f.confidence === 'low' ? ' <span class="status">(low confidence: surname only)</span>' : ''}</dd>
${f.aliases.length ? `<dt>Also named</dt><dd dir="auto">${f.aliases.map(nameHtml).join(', ')}</dd>` : ''}
<dt>Coverage</dt><dd>${esc(facts.counts)}</dd>
<dt>Outlets</dt><dd>${esc(facts.outlets)}</dd>
${dated('First dated mention', s.first)}
${dated('Last dated mention', s.last)}
</dl>
<h3>Roles</h3>
${roles}`,
  );
}

function sourcesSay(doc: DossierDoc, cite: Cite): string {
  if (doc.passages.length === 0) return section('sources-say', 'What the sources say', empty('No article names this figure.'));
  return section('sources-say', 'What the sources say', doc.passages.map((g) => passageGroup(g, cite)).join('\n'));
}

function passageGroup(g: PassageGroup, cite: Cite): string {
  const copy = g.copyOf.length ? ` · near-copy of ${g.copyOf.map(sourceLabel).join(', ')}` : '';
  const passages = g.passages.length
    ? g.passages.map((p) => `<blockquote dir="auto"><p>${markedText(p)}${cite(p.cites)}</p></blockquote>`).join('\n')
    : `<p class="also">Every passage here repeats ${g.copyOf.map(sourceLabel).join(', ')}; see the citations there.</p>`;
  return `<article class="source-group">
<h3>${sourceLabel(g.source)} · <bdi>${esc(g.title)}</bdi></h3>
<p class="meta">${sourceLine(g)}${copy}</p>
${passages}
</article>`;
}

/** Passage text with the figure's mentions in bold, each an isolated bidi run. */
function markedText(p: Passage): string {
  let out = '';
  let at = 0;
  for (const [s, e] of p.marks) {
    out += esc(p.text.slice(at, s)) + `<strong class="mention"><bdi>${esc(p.text.slice(s, e))}</bdi></strong>`;
    at = e;
  }
  return out + esc(p.text.slice(at));
}

function related(doc: DossierDoc, cite: Cite): string {
  if (doc.related.length === 0) return section('related', 'Related figures', empty('No other figure is named in the same paragraphs.'));
  const rows = doc.related.map(
    (r) => `<tr><td dir="auto">${nameHtml(r.name)}</td><td class="num">${r.paragraphs}</td><td>${cite(r.cites)}</td></tr>`,
  );
  return section(
    'related',
    'Related figures',
    `<table><thead><tr><th>Figure</th><th class="num">Shared paragraphs</th><th>Where</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  );
}

function highlights(doc: DossierDoc, cite: Cite): string {
  const items = doc.highlights.map((h) => {
    const status = h.status === 'ok' ? '' : ` <span class="status">(${h.status === 'orphan' ? 'orphaned: no longer found in the text' : 'placed approximately'})</span>`;
    const note = h.note.trim() ? `<div class="note-body">${noteToHtml(h.note)}</div>` : '';
    return `<blockquote class="hl hl-${Math.max(0, Math.min(4, h.colour | 0))}" dir="auto"><p>${esc(h.quote)}${cite(h.cites)}${status}</p>${note}</blockquote>`;
  });
  return section('highlights', 'Highlights', items.join('\n'));
}

function notes(doc: DossierDoc): string {
  const items = doc.notes.map(
    (n) => `<article class="note"><h3 dir="auto">${esc(n.title)}</h3><p class="meta">Updated ${esc(formatDate(n.updated))}</p><div class="note-body">${noteToHtml(n.body)}</div></article>`,
  );
  return section('notes', 'Notes', items.join('\n'));
}

function citations(doc: DossierDoc, links: 'app' | 'notes'): string {
  const items = doc.citations.map((c) => {
    const s = doc.sources[c.source - 1];
    const target = links === 'app' ? c.href : `#source-${c.source}`;
    return `<li id="note-${c.n}"><a href="${esc(target)}">${esc(placeLabel(c))}</a> · <span class="source-title" dir="auto">${esc(s.title)}</span>, ${sourceLine(s)}</li>`;
  });
  return section('citations', 'Citations', `<ol class="endnotes">${items.join('')}</ol>`);
}

function sources(doc: DossierDoc, links: 'app' | 'notes'): string {
  const items = doc.sources.map((s) => {
    const title = links === 'app' ? `<a href="${esc(s.href)}">${esc(s.title)}</a>` : esc(s.title);
    const copies = s.copies.length ? ` Near-copy of ${s.copies.map(sourceLabel).join(', ')}.` : '';
    return `<li id="source-${s.n}" value="${s.n}"><strong>${sourceLabel(s.n)}</strong> <span class="source-title" dir="auto">${title}</span>. ${sourceLine(s)}. <span class="file">${esc(s.fileName)}</span>${copies}</li>`;
  });
  return section('sources', 'Sources', `<ol class="sources">${items.join('')}</ol>`);
}
