// The dossier's story-map section: the figure's neighbourhood and timeline as static SVG, with the cited events.

import { neighbourhoodSvg } from '../network/svg';
import { timelineSvg } from '../timeline/svg';
import { escapeHtml as esc } from './escape';
import { formatDate } from './format';
import type { DossierDoc, DossierEvent } from './types';

/** "4 February 2012", "February 2012", "2012", or "23 – 29 January 2012" for a range of days. */
export function eventDate(e: Pick<DossierEvent, 'date' | 'end' | 'precision'>): string {
  if (e.precision === 'year') return e.date.slice(0, 4);
  if (e.precision === 'month') return formatDate(e.date.slice(0, 7));
  if (e.date === e.end) return formatDate(e.date);
  return `${formatDate(e.date)} – ${formatDate(e.end)}`;
}

/** A note on how sure a date is: read against an inferred reference, or corrected by hand. */
export function eventQualifier(e: DossierEvent): string {
  if (e.edited) return 'date corrected by hand';
  if (e.inferred) return 'relative date, reference inferred from the text';
  return '';
}

export function storyMapHtml(doc: DossierDoc, cite: (ns: number[]) => string): string {
  const sm = doc.storyMap;
  if (!sm) return '';
  const map = sm.neighbourhood
    ? `<figure class="story-figure">${neighbourhoodSvg(sm.neighbourhood)}<figcaption>Figures named with ${esc(doc.figure.name)} in the same sentence or paragraph; thicker lines, more often.</figcaption></figure>`
    : '';
  const events = sm.events.length
    ? `<figure class="story-figure">${timelineSvg(sm.events, `Timeline of ${doc.figure.name}`)}<figcaption>Dated events in sentences that name ${esc(doc.figure.name)}; bars are ranges (a month, a week).</figcaption></figure>
<ol class="events">${sm.events
        .map((e) => {
          const q = eventQualifier(e);
          return `<li><span class="when">${esc(eventDate(e))}</span>${q ? ` <span class="status">(${esc(q)})</span>` : ''} <span dir="auto">${esc(e.text)}</span>${cite(e.cites)}</li>`;
        })
        .join('')}</ol>`
    : '<p class="empty">No dated events in sentences that name this figure.</p>';
  return `<section id="story-map">\n<h2 class="part">Story map</h2>\n<h3>Neighbourhood</h3>\n${map || '<p class="empty">Not in the network.</p>'}\n<h3>Timeline</h3>\n${events}\n</section>`;
}
