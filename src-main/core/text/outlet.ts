// Which news outlet published a text, read from what the text itself says; null unless the evidence is clear.
//
// Strong evidence comes from the page furniture that cleaning removed: "More from GlobalPost: ...", "BBC © 2014",
// "© 2012 Reuters", "contacted by a BBC journalist". In the article body only the lead may name the outlet
// ("..., Al Jazeera reported.") or an exclusive given to it ("in an exclusive statement to Al Jazeera"); later
// "X reported" lines usually credit another outlet, so they count for nothing. Attribution to institutions
// ("according to the UK Foreign Office") is never taken for an outlet.

const NAME = "((?:The |the )?[A-Z][\\w&'-]*(?: (?:[A-Z][\\w&'-]*|of|de|du|al|el)){0,4})";

const STRONG: RegExp[] = [
  new RegExp(`^(?:[Mm]ore|[Aa]lso|[Rr]ead more|[Mm]ore stories|[Mm]ore news) (?:from|on|at) ${NAME}\\s*:`),
  new RegExp(`^${NAME}\\s*(?:©|\\([cC]\\)|[Cc]opyright)\\s*(?:19|20)\\d\\d`),
  new RegExp(`(?:©|\\([cC]\\)|[Cc]opyright)\\s*(?:(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)\\d\\d)?)\\s*,?\\s*${NAME}`),
  new RegExp(`\\b(?:contacted|called) by an? ${NAME} (?:journalist|reporter|producer)`),
];

/** Checked in the first sentence of the lead only. */
const LEAD: RegExp[] = [
  new RegExp(`,\\s*${NAME} (?:reported|reports|has learned|has learnt)\\s*\\.?$`),
  new RegExp(`^${NAME} (?:has learned|has learnt|can reveal|can report)\\b`),
];

/** Checked in the first few paragraphs: an exclusive is given to the outlet that publishes it. */
const EXCLUSIVE: RegExp[] = [
  new RegExp(`\\bexclusive (?:statement|interview|comments?|remarks) (?:to|with) ${NAME}`),
  new RegExp(`\\btold ${NAME} in an exclusive\\b`),
];
const EXCLUSIVE_WINDOW = 4;

/** Words that mark an institution or a person's office, never a news outlet. */
const NOT_OUTLET =
  /\b(?:office|ministry|department|government|council|house|police|army|forces|nations|union|court|embassy|president|minister|spokesman|spokeswoman|officials?|sources?|state|party|committee|parliament|commission|observatory|activists?|rebels?|regime|i|we|he|she|they|it)\b/i;

function clean(name: string): string | null {
  const n = name.replace(/^the\s+/, '').replace(/[.'’]+$/, '').trim();
  if (n.length < 2 || n.length > 60 || NOT_OUTLET.test(n)) return null;
  return n;
}

function firstMatch(patterns: RegExp[], texts: string[]): string | null {
  for (const text of texts) {
    for (const re of patterns) {
      const m = re.exec(text);
      const name = m && clean(m[1]);
      if (name) return name;
    }
  }
  return null;
}

/** The outlet named by the removed furniture (`removed`) or the start of the article (`body` paragraphs), or null. */
export function detectOutlet(removed: string[], body: string[]): string | null {
  const firstSentence = (body[0] ?? '').split(/(?<=[.!?]["']?)\s+(?=[A-Z"'])/)[0];
  return (
    firstMatch(STRONG, removed) ??
    firstMatch(LEAD, [firstSentence]) ??
    firstMatch(EXCLUSIVE, body.slice(0, EXCLUSIVE_WINDOW))
  );
}
