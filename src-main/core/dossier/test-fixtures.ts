// Test fixtures for the dossier core: the five sample articles with hand-set metadata, and hand-made figures and
// mentions found by searching the texts (so the tests do not depend on the figure-extraction core).
/// <reference types="vite/client" />

import t0 from '../../../corpus/000_2b20a5a588fdd823.txt?raw';
import t1 from '../../../corpus/001_7a1e14c453f2836b.txt?raw';
import t2 from '../../../corpus/002_605359099c9e65cd.txt?raw';
import t3 from '../../../corpus/003_d182da98aa688ac2.txt?raw';
import t4 from '../../../corpus/004_70af7e54198c2116.txt?raw';
import type { Attribution, Figure, Mention } from '../../shared/model';
import { contentHash } from '../text/hash';
import { splitSentences } from '../text/sentences';
import { paragraphSpans } from './locate';
import type { DossierArticle, DossierInput } from './types';

const META: Array<[string, string, string, string | null, string]> = [
  [t0, "Syria's most senior diplomat in London resigns", 'The Telegraph', '2012-07-30', '000_2b20a5a588fdd823.txt'],
  [t1, "UK government: Khaled al-Ayoubi, Syria's top diplomat in London has defected", 'GlobalPost', '2012-07-30', '001_7a1e14c453f2836b.txt'],
  [t2, "Syria's Ambassador To Baghdad Quits Assad's Government", 'Sky News', '2012-07-11', '002_605359099c9e65cd.txt'],
  [t3, "Syrian diplomats 'defect' as Aleppo fighting worsens", 'BBC News', '2012-07-25', '003_d182da98aa688ac2.txt'],
  [t4, "Syria's ambassador to Iraq defects", 'Al Jazeera', null, '004_70af7e54198c2116.txt'],
];

export function sampleArticles(): DossierArticle[] {
  return META.map(([text, title, outlet, published, fileName]) => ({
    id: contentHash(text),
    title,
    outlet,
    published,
    text,
    paragraphs: paragraphSpans(text, []),
    source: { fileName },
  }));
}

/** Every match of `pattern` (a regex source, not inside a longer word) in each article, as mentions. */
export function findMentions(articles: DossierArticle[], figureId: string, pattern: string): Mention[] {
  const re = new RegExp(`(?<!\\w)(?:${pattern})(?!\\w)`, 'g');
  return articles.flatMap((a) =>
    [...a.text.matchAll(re)].map((m) => ({ figureId, articleId: a.id, start: m.index!, end: m.index! + m[0].length, text: m[0] })),
  );
}

/** Attributions for every place `words` occur (indexOf), with their sentence. */
export function attributionsOf(articles: DossierArticle[], words: string): Attribution[] {
  const out: Attribution[] = [];
  for (const a of articles) {
    for (let at = a.text.indexOf(words); at >= 0; at = a.text.indexOf(words, at + 1)) {
      const sentence = splitSentences(a.text).find(([s, e]) => s <= at && at < e) ?? [at, at + words.length];
      out.push({ text: words, articleId: a.id, start: at, end: at + words.length, sentence });
    }
  }
  return out;
}

export function figure(id: string, name: string, aliases: string[] = [], extra: Partial<Figure> = {}): Figure {
  return { id, name, aliases, roles: [], quotes: [], origin: 'auto', confidence: 'high', ...extra };
}

/** Nawaf Fares and the people around him over the sample corpus; 002 and 004 are near-copies of one story. */
export function faresInput(overrides: Partial<DossierInput> = {}): DossierInput {
  const articles = sampleArticles();
  const fares = figure('fares', 'Nawaf Fares', ['Nawaf al-Fares', 'Fares'], {
    roles: [
      ...attributionsOf(articles, "Syria's ambassador to Iraq"),
      ...attributionsOf(articles, 'former ambassador to Iraq'),
    ],
    quotes: attributionsOf(articles, 'I announced my resignation as Syrian ambassador to Iraq as I also declare my defection from the Syrian Baath party'),
  });
  const figures = [
    fares,
    figure('assad', 'Bashar al-Assad', ['Assad']),
    figure('tlas', 'Manaf Tlas'),
    figure('sermini', 'Mohamed Sermini'),
    figure('ayoubi', 'Khaled al-Ayoubi', ['Ayoubi']),
    figure('hidden', 'Deir Ezzor', [], { hidden: true }),
  ];
  const mentions = [
    ...findMentions(articles, 'fares', 'Nawaf al-Fares|Nawaf Fares|Fares'),
    ...findMentions(articles, 'assad', 'Bashar al-Assad|Bashar Al-Assad|(?<!Hafez al-)Assad'),
    ...findMentions(articles, 'tlas', 'Manaf Tlas'),
    ...findMentions(articles, 'sermini', 'Mohamed Sermini'),
    ...findMentions(articles, 'ayoubi', 'Khaled al-Ayoubi|al-Ayoubi|Ayoubi'),
    ...findMentions(articles, 'hidden', 'Deir Ezzor|Deir al-Zor'),
  ].filter((m, i, all) => !all.some((o, j) => j !== i && o.articleId === m.articleId && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  const [, , a2, , a4] = articles;
  return {
    figure: fares,
    figures,
    mentions,
    articles,
    copies: { [a2.id]: [a4.id], [a4.id]: [a2.id] },
    highlights: [],
    notes: [],
    exportedAt: '2024-05-06T10:00:00.000Z',
    ...overrides,
  };
}
