// Classes of page furniture found in news text copied from the web, recognised by pattern, each with a reason.
//
// Every rule describes a class (comment prompts, reader call-outs, form terms, copyright and browser footers,
// tracking-pixel text, navigation and section labels, promos, share bars, media captions), never one page's string.
// Rules look at a whole paragraph; a long paragraph of prose is never furniture, so the length caps keep them safe.

interface Rule {
  reason: string;
  maxLength: number; // paragraphs longer than this are prose, not furniture
  test: RegExp;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const SOCIAL = '(?:share|tweet|email|e-mail|print|whatsapp|facebook|twitter|x|linkedin|pinterest|reddit|messenger|copy link|save)';

const RULES: Rule[] = [
  { reason: 'comment prompt', maxLength: 80, test: /^(?:no|\d+|one|zero)\s+comments?\s*:?$/i },
  {
    reason: 'comment prompt',
    maxLength: 80,
    test: /^(?:write|post|add|leave|view|show|read|see|load|hide)\s+(?:a\s+|all\s+|the\s+|your\s+|\d+\s+|more\s+)?comments?\b.{0,30}$/i,
  },
  { reason: 'comment prompt', maxLength: 80, test: /^(?:comments?\s*\(\d+\)|comments are (?:closed|open)\.?|join the (?:conversation|discussion|debate)\.?)$/i },
  {
    reason: 'reader call-out',
    maxLength: 400,
    test: /^(?:do|did|have|are|were|can)\s+you\b[^.]{0,160}\?.*\b(?:get in touch|contact us|let us know|tell us|share your|email us|send us)\b/i,
  },
  { reason: 'reader call-out', maxLength: 300, test: /^(?:please\s+)?(?:get in touch|contact us|email us|tell us your story)\b/i },
  { reason: 'reader call-out', maxLength: 400, test: /^send (?:us\s+)?your (?:pictures|photos|videos|stories|comments|views|experiences)\b/i },
  { reason: 'reader call-out', maxLength: 200, test: /\bif you have a large file\b|\byou can upload (?:it )?here\b/i },
  { reason: 'form terms', maxLength: 60, test: /^(?:please\s+)?(?:read|see|view|accept)?\s*(?:the\s+|our\s+)?terms\s+(?:and|&)\s+conditions\.?$/i },
  { reason: 'form terms', maxLength: 60, test: /^(?:privacy (?:policy|notice)|cookie (?:policy|settings)|terms of (?:use|service))\.?$/i },
  { reason: 'form terms', maxLength: 1200, test: /^if you are happy to be contacted\b|\byour contact details will (?:never|not) be (?:published|shared)\b/i },
  { reason: 'copyright footer', maxLength: 300, test: /(?:©|\(c\)\s*(?:19|20)\d\d|\bcopyright\s+(?:©\s*)?(?:19|20)\d\d|\ball rights reserved\b)/i },
  { reason: 'browser notice', maxLength: 400, test: /\bbest viewed (?:in|with|using)\b|\b(?:outdated|unsupported|up-to-date) (?:web )?browser\b|\b(?:enable|turn on) javascript\b/i },
  { reason: 'cookie notice', maxLength: 400, test: /^(?:we|this (?:site|website)) uses? cookies\b/i },
  { reason: 'tracking pixel', maxLength: 60, test: /^(?:(?:online|offline|page|web)\s+)?view\s+pixel$|\btracking pixel\b|^beacon$/i },
  { reason: 'advertising', maxLength: 60, test: /^(?:advertisement|advertising|sponsored(?: content)?|promoted(?: content)?|skip (?:advert|ad|ads))\.?$/i },
  { reason: 'navigation', maxLength: 80, test: /^(?:skip to (?:main )?content|back to top|story continues below(?: advertisement)?|continue reading(?: the main story| below)?|jump to)\b.{0,20}$/i },
  {
    reason: 'section label',
    maxLength: 60,
    test: /^(?:more on this (?:story|topic)|related (?:stories|articles|content|links|topics|coverage|internet links|news)|related|top stories|most (?:read|popular|shared|viewed|watched)|features(?: (?:&|and) analysis)?|(?:also )?in this section|around the \w+|you may (?:also )?like|recommended(?: for you)?|see also|editor'?s picks|latest (?:news|stories)|trending(?: now)?|tags|topics)$/i,
  },
  { reason: 'section label', maxLength: 60, test: /^more\s+(?:[\w&'-]+\s+){0,3}(?:stories|news|articles|videos|coverage|headlines)$/i },
  { reason: 'box label', maxLength: 30, test: /^(?:at the scene|analysis|viewpoint|eyewitness|in pictures|in depth|key points|quick guide|explainer|fact ?box|find out more)$/i },
  {
    reason: 'promo',
    maxLength: 200,
    test: /^(?:(?:more|also|read more|watch more|see more|more stories|more news) (?:from|on|at) [^:.!?]{1,50}|read more|read|watch|listen|see also|related|recommended|most read|also read|also see)\s*:\s*\S/i,
  },
  { reason: 'promo', maxLength: 160, test: /^(?:click|tap) here\b|^(?:sign up|subscribe) (?:to|for) (?:our|the)\b.*\b(?:newsletter|alerts|updates)\b|^follow us on\b/i },
  { reason: 'share links', maxLength: 120, test: new RegExp(`^${SOCIAL}(?:\\s*(?:[|·•,/]|\\s)\\s*${SOCIAL})*(?: (?:this|the) (?:story|article|page))?$`, 'i') },
  {
    reason: 'media caption',
    maxLength: 600,
    test: /^(?:image|photo|picture|video|media)\s+(?:caption|copyright|credit|source)\b|^(?:photo|photograph|picture|image|video|watch)(?:\s+credit)?\s*:|\b(?:report|video|film|footage|package|clip)\s+contains\s+(?:(?:some|unverified|distressing|graphic|disturbing|flashing)\s*,?\s*)*(?:images|footage|scenes|pictures)\b/i,
  },
  { reason: 'media caption', maxLength: 300, test: /\((?:photo|image|picture)?:?\s*(?:getty images|afp|reuters|ap|epa|pa|anadolu)(?:\s*\/\s*[^)]*)?\)\.?$/i },
  { reason: 'credit line', maxLength: 300, test: /^\(?(?:additional )?(?:reporting|writing|editing) by\b[^()]*\)?$/i },
  { reason: 'dateline stamp', maxLength: 80, test: new RegExp(`^(?:last )?(?:updated|published|posted|modified)\\s*:?\\s*(?:on\\s+)?(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2}|\\d{4}-\\d\\d-\\d\\d)`, 'i') },
];

/** Why `paragraph` is page furniture, or null when it is (or may be) article text. */
export function boilerplateReason(paragraph: string): string | null {
  const p = paragraph.trim();
  for (const rule of RULES) if (p.length <= rule.maxLength && rule.test.test(p)) return rule.reason;
  return null;
}

/** A short line with no sentence punctuation: a label, kicker or topic link (e.g. "Conflict & Justice"). */
export function isLabelLike(paragraph: string, maxWords = 5): boolean {
  const p = paragraph.trim();
  if (p.length === 0 || p.length > 60 || /[.!?,;]$/.test(p) || /^["'].*["']$/.test(p)) return false;
  return p.split(/\s+/).length <= maxWords;
}
