// renderDossierMarkdown: the dossier as GitHub-flavoured Markdown with numbered footnotes ([^n]) for every citation.

import { defangMarkdown, escapeMarkdown as md } from './escape';
import { formatDate, placeLabel, sourceLabel, sourceLine, summaryFacts } from './format';
import { eventDate, eventQualifier } from './story-map';
import type { DossierDoc, Passage } from './types';

export function renderDossierMarkdown(doc: DossierDoc): string {
  const cite = (ns: number[]) => ns.map((n) => `[^${n}]`).join('');
  const f = doc.figure;
  const s = doc.summary;
  const facts = summaryFacts(doc);
  const out: string[] = [];
  out.push(`# ${md(f.name)}`, '');
  out.push(`*Quire dossier, exported ${formatDate(doc.exportedAt)}.*`, '');
  if (f.aliases.length) out.push(`**Also named:** ${f.aliases.map(md).join('; ')}`, '');

  out.push('## Profile', '');
  out.push(`- **Coverage:** ${md(facts.counts)}`, `- **Outlets:** ${md(facts.outlets)}`);
  if (s.first) out.push(`- **First dated mention:** ${formatDate(s.first.date)}, ${sourceLabel(s.first.source)}${cite(s.first.cites)}`);
  if (s.last) out.push(`- **Last dated mention:** ${formatDate(s.last.date)}, ${sourceLabel(s.last.source)}${cite(s.last.cites)}`);
  out.push('', '### Roles', '');
  if (doc.roles.length) out.push(...doc.roles.map((r) => `- ${md(r.text)}${cite(r.cites)}`));
  else out.push('*No role stated in the sources.*');
  out.push('');

  out.push('## What the sources say', '');
  if (doc.passages.length === 0) out.push('*No article names this figure.*', '');
  for (const g of doc.passages) {
    out.push(`### ${sourceLabel(g.source)}. ${md(g.title)}`, '');
    const copy = g.copyOf.length ? ` · near-copy of ${g.copyOf.map(sourceLabel).join(', ')}` : '';
    out.push(`*${md(sourceLine(g))}${copy}*`, '');
    if (g.passages.length === 0) out.push(`*Every passage here repeats ${g.copyOf.map(sourceLabel).join(', ')}.*`, '');
    for (const p of g.passages) out.push(`> ${markedText(p)}${cite(p.cites)}`, '');
  }

  out.push('## Quotes', '');
  if (doc.quotes.length === 0) out.push('*No quotes attributed.*', '');
  for (const q of doc.quotes) out.push(`> “${md(q.text)}”${cite(q.cites)}`, '');

  out.push('## Related figures', '');
  if (doc.related.length === 0) out.push('*No other figure is named in the same paragraphs.*');
  else {
    out.push('| Figure | Shared paragraphs | Where |', '|---|---:|---|');
    out.push(...doc.related.map((r) => `| ${md(r.name)} | ${r.paragraphs} | ${cite(r.cites)} |`));
  }
  out.push('');

  if (doc.storyMap) {
    out.push('## Story map', '', '### Neighbourhood', '');
    const n = doc.storyMap.neighbourhood;
    if (!n || n.neighbours.length === 0) out.push('*No other figure is named with this one.*');
    else out.push(...n.neighbours.map((x) => `- ${md(x.node.name)}: weight ${x.weight} (${x.sentences} shared sentences, ${x.paragraphs} shared paragraphs)`));
    out.push('', '### Timeline', '');
    if (doc.storyMap.events.length === 0) out.push('*No dated events in sentences that name this figure.*');
    for (const e of doc.storyMap.events) {
      const q = eventQualifier(e);
      out.push(`- **${eventDate(e)}**${q ? ` *(${q})*` : ''}: ${md(e.text)}${cite(e.cites)}`);
    }
    out.push('');
  }

  if (doc.highlights.length) {
    out.push('## Highlights', '');
    for (const h of doc.highlights) {
      const status = h.status === 'ok' ? '' : ` *(${h.status === 'orphan' ? 'orphaned' : 'placed approximately'})*`;
      out.push(`> ${md(h.quote)}${cite(h.cites)}${status}`, '');
      if (h.note.trim()) out.push(defangMarkdown(h.note.trim()), '');
    }
  }
  if (doc.notes.length) {
    out.push('## Notes', '');
    for (const n of doc.notes) out.push(`### ${md(n.title)}`, '', `*Updated ${formatDate(n.updated)}*`, '', defangMarkdown(n.body.trim()), '');
  }

  out.push('## Sources', '');
  for (const src of doc.sources) {
    const copies = src.copies.length ? ` Near-copy of ${src.copies.map(sourceLabel).join(', ')}.` : '';
    out.push(`- **${sourceLabel(src.n)}** *${md(src.title)}*. ${md(sourceLine(src))}. \`${src.fileName.replace(/`/g, "'")}\`${copies}`);
  }
  out.push('');
  for (const c of doc.citations) {
    const src = doc.sources[c.source - 1];
    out.push(`[^${c.n}]: ${placeLabel(c)}: *${md(src.title)}*, ${md(sourceLine(src))}.`);
  }
  return out.join('\n') + '\n';
}

function markedText(p: Passage): string {
  let out = '';
  let at = 0;
  for (const [s, e] of p.marks) {
    out += md(p.text.slice(at, s)) + `**${md(p.text.slice(s, e))}**`;
    at = e;
  }
  return out + md(p.text.slice(at));
}
