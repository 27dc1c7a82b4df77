import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean';

// An article written for this test: a different outlet, other furniture wordings, a byline and a date stamp.
const BODY = [
  'Heavy rain has cut off dozens of villages in the north of the country, officials said on Sunday.',
  'Rescue teams used boats to reach families trapped on rooftops overnight.',
  '"We have never seen water rise this fast," said Maria Lopez, the regional governor.',
  'Flood warnings remain in place for three more provinces until Tuesday.',
];
const ARTICLE = [
  'Skip to main content',
  '',
  'World News',
  '',
  'Floods cut off northern villages as rivers burst banks',
  '',
  'By Jane Doe and Omar Haddad, Example Wire',
  '',
  'Published: 3 March 2023',
  '',
  '',
  'Residents wade through floodwater in Ponte Alto on March 2, 2023.',
  '',
  '',
  BODY[0],
  '',
  BODY[1],
  '',
  'Advertisement',
  '',
  BODY[2],
  '',
  'Read more: How the dam warnings were missed',
  '',
  BODY[3],
  '',
  'Were you affected by the floods? Share your pictures: email us.',
  '',
  'Share this article',
  '',
  'Related Stories',
  '',
  'Climate',
  '',
  '© 2023 Example Wire. All rights reserved.',
].join('\r\n');

describe('cleanText on a hand-written article', () => {
  const r = cleanText(ARTICLE, { format: 'txt' });
  it('keeps the body paragraphs only, joined by one blank line', () => {
    expect(r.text).toBe(BODY.join('\n\n'));
  });
  it('reads the headline, byline, date and outlet', () => {
    expect(r.title).toBe('Floods cut off northern villages as rivers burst banks');
    expect(r.byline).toBe('Jane Doe and Omar Haddad');
    expect(r.published).toBe('2023-03-03');
    expect(r.outlet).toBe('Example Wire');
  });
  it('lists what it removed, with reasons', () => {
    const reasons = new Map(r.removed.map((x) => [x.text, x.reason]));
    expect(reasons.get('World News')).toBe('section label');
    expect(reasons.get('Residents wade through floodwater in Ponte Alto on March 2, 2023.')).toBe('photo caption');
    expect(reasons.get('Climate')).toBe('section label');
    expect(reasons.get('Advertisement')).toBe('advertising');
    expect(r.removed).toHaveLength(13);
  });
});

describe('cleanText edge cases', () => {
  it('an empty or furniture-only text gives an empty body and a title from the file name', () => {
    const r = cleanText('\n\nAdvertisement\n\nShare this article\n', { format: 'txt', fileName: 'flood_report.txt' });
    expect(r.text).toBe('');
    expect(r.paragraphs).toEqual([]);
    expect(r.title).toBe('flood report');
  });
  it('a text whose first line ends with a full stop has no headline: the title comes from the lead', () => {
    const r = cleanText('The talks collapsed.\nBoth sides blamed each other for the failure of the talks.', { format: 'txt' });
    expect(r.title).toBe('The talks collapsed');
    expect(r.text.startsWith('The talks collapsed.')).toBe(true);
  });
  it('always yields paragraph spans that tile the text and contain no line break', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 12 }), (lines) => {
        const r = cleanText(lines.join('\n'), { format: 'txt' });
        expect(r.paragraphs.map(([a, b]) => r.text.slice(a, b)).join('\n\n')).toBe(r.text);
        for (const [a, b] of r.paragraphs) expect(r.text.slice(a, b)).not.toMatch(/\n/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('cleanText on Markdown', () => {
  const MD = [
    '---',
    'title: "Envoy quits after crackdown"',
    'author: Jane Doe',
    'date: 2012-07-11',
    '---',
    '',
    '# Envoy quits after crackdown',
    '',
    'The **ambassador** to _Iraq_ has [defected](https://example.org/a "x"), officials said.',
    '',
    '## Reaction',
    '',
    '> "This is just the beginning," said an opposition member.',
    '',
    '- Talks are stalled.',
    '- Borders are closed.',
    '',
    '![a photo](p.jpg)',
    '',
    'Prices rose by 5 &amp; more; see `table 2`.',
    '',
    '<div class="promo">More from Example Times: Other stories</div>',
  ].join('\n');
  const r = cleanText(MD, { format: 'md' });
  it('strips syntax, keeps link text, turns headings and list items into paragraphs', () => {
    expect(r.text.split('\n\n')).toEqual([
      'The ambassador to Iraq has defected, officials said.',
      'Reaction',
      '"This is just the beginning," said an opposition member.',
      'Talks are stalled.',
      'Borders are closed.',
      '[image: a photo]', // images are visible placeholders, never loaded
      'Prices rose by 5 & more; see table 2.',
    ]);
  });
  it('takes title, byline and date from front matter and drops the repeated H1', () => {
    expect(r.title).toBe('Envoy quits after crackdown');
    expect(r.byline).toBe('Jane Doe');
    expect(r.published).toBe('2012-07-11');
    expect(r.outlet).toBe('Example Times');
  });
  it('uses the first heading as title when there is no front matter', () => {
    expect(cleanText('## A *short* headline\n\nBody text here.', { format: 'md' }).title).toBe('A short headline');
  });
});
