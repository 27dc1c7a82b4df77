// The sample corpus through cleanText: each sample's furniture is gone, each real paragraph is kept, in order.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import raw000 from '../../../corpus/000_2b20a5a588fdd823.txt?raw';
import raw001 from '../../../corpus/001_7a1e14c453f2836b.txt?raw';
import raw002 from '../../../corpus/002_605359099c9e65cd.txt?raw';
import raw003 from '../../../corpus/003_d182da98aa688ac2.txt?raw';
import raw004 from '../../../corpus/004_70af7e54198c2116.txt?raw';
import { cleanText } from './clean';
import { normalizeText } from './normalize';

interface Sample {
  name: string;
  raw: string;
  title: string | RegExp;
  outlet: string | null;
  /** Starts of the lines that are not article body (read off the file by hand). */
  notBody: string[];
}

const SAMPLES: Sample[] = [
  {
    name: '000',
    raw: raw000,
    title: /^The most senior Syrian diplomat serving in London announced his resignation.*…$/,
    outlet: null, // the text never names its outlet
    notBody: ['Bashar al-Assad Assad withdrew', 'No comments:', 'Write comments'],
  },
  {
    name: '001',
    raw: raw001,
    title: "UK government: Khaled al-Ayoubi, Syria's top diplomat in London has defected",
    outlet: 'GlobalPost',
    notBody: [
      'Conflict & Justice',
      'UK government: Khaled al-Ayoubi',
      'An anti-government protestor holds a flag',
      'More from GlobalPost: Inside Syria',
      'More from GlobalPost: Syria: How it all began',
    ],
  },
  {
    name: '002',
    raw: raw002,
    title: "Syria's Ambassador To Baghdad Quits Assad's Government",
    outlet: 'Al Jazeera',
    notBody: ["Syria's Ambassador To Baghdad Quits", 'Online view pixel'],
  },
  {
    name: '003',
    raw: raw003,
    title: "Syrian diplomats 'defect' as Aleppo fighting worsens",
    outlet: 'BBC',
    notBody: [
      "Syrian diplomats 'defect' as Aleppo",
      'Activists say government tanks and armoured vehicles',
      'At the scene',
      'Do you have friends or family in Aleppo?',
      'Send your pictures and videos',
      'Read the terms and conditions',
      'If you are happy to be contacted',
      'Terms and conditions',
      'More on This Story',
      'Syria conflict',
      'More Middle East stories',
      'BBC ©',
      'This page is best viewed',
    ],
  },
  {
    name: '004',
    raw: raw004,
    title: /^Syria's ambassador to Iraq has defected in protest at the military.*…$/,
    outlet: 'Al Jazeera',
    notBody: [],
  },
];

/** The body lines a reader expects: every non-empty line of the file that is not listed as furniture. */
function expectedBody(s: Sample): string[] {
  return normalizeText(s.raw)
    .split('\n')
    .filter((line) => line !== '' && !s.notBody.some((start) => line.startsWith(start)));
}

describe.each(SAMPLES)('sample $name', (s) => {
  const r = cleanText(s.raw, { format: 'txt', fileName: `${s.name}.txt` });
  const paragraphs = r.paragraphs.map(([a, b]) => r.text.slice(a, b));

  it('keeps exactly the real paragraphs, in order', () => {
    expect(paragraphs).toEqual(expectedBody(s));
  });

  it('drops every piece of furniture and says why', () => {
    for (const start of s.notBody) {
      expect(r.text).not.toContain(start);
      if (!(typeof s.title === 'string' && s.title.startsWith(start))) {
        expect(r.removed.some((x) => x.text.startsWith(start) && x.reason.length > 0)).toBe(true);
      }
    }
  });

  it('finds the title and the outlet', () => {
    if (typeof s.title === 'string') expect(r.title).toBe(s.title);
    else expect(r.title).toMatch(s.title);
    expect(r.title.length).toBeLessThanOrEqual(81);
    expect(r.outlet).toBe(s.outlet);
  });

  it('joins paragraphs with one blank line and spans that index into text', () => {
    expect(r.text).toBe(paragraphs.join('\n\n'));
    expect(r.text).not.toMatch(/[\u00A0\u200B\r]/);
  });
});
