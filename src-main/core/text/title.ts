// A short title for a text with no headline: its first sentence, cut at a word boundary with an ellipsis.

import { splitSentences } from './sentences';

/** The first sentence of `lead` (without its full stop), at most about `max` characters, cut between words + "…". */
export function titleFromLead(lead: string, max = 80): string {
  const spans = splitSentences(lead);
  const first = (spans.length ? lead.slice(spans[0][0], spans[0][1]) : lead).trim().replace(/[.;:,]$/, '');
  if (first.length <= max) return first;
  const cut = first.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > max / 2 ? cut.slice(0, space) : first.slice(0, max)).replace(/[\s,;:.\-–—]+$/, '');
  return `${head}…`;
}
