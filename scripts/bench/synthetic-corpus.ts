// Deterministic synthetic news corpus for benchmarks: seeded, dependency-free, ~4,500 chars an article, ~5% wire copies.

import {
  CITIES, COUNTRIES, FEMALE_GIVEN, FEMALE_TITLES, MALE_TITLES, MONTHS, ORGS, ORIGINS, OUTLETS, QUOTES, ROLES,
  SENTENCES, SYLLABLES, TOPICS, WEEKDAYS,
} from './synthetic-corpus.words';

export interface SyntheticArticle {
  fileName: string;
  text: string; // headline on the first line, then one paragraph a line
  published: string; // YYYY-MM-DD
  outlet: string;
  copyOf?: string; // fileName of the article this one republishes (near copy)
}

interface Person { full: string; surname: string; short: string; title: string; role: string; female: boolean }
interface Story { topic: string; country: string; city: string; people: Person[] }

type Rand = () => number;

/** mulberry32: a small, fast, seeded PRNG giving floats in [0, 1). */
export function seeded(seed: number): Rand {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function fillSlots(r: Rand, template: string, coined: string[]): string {
  return template
    .replace(/\{C\}/g, () => pick(r, COUNTRIES))
    .replace(/\{O\}/g, () => pick(r, ORGS))
    .replace(/\{Y\}/g, () => pick(r, CITIES))
    .replace(/\{T\}/g, () => pick(r, TOPICS))
    .replace(/\{D\}/g, () => pick(r, WEEKDAYS))
    .replace(/\{M\}/g, () => pick(r, MONTHS))
    .replace(/\{N\}/g, () => String(2 + Math.floor(r() * r() * 4000)))
    .replace(/\{X\}/g, () => pick(r, coined));
}

/** Coined place and company names: a heavy tail of rare words, like real news vocabulary. */
function coinNames(r: Rand, count: number): string[] {
  const out = new Set<string>();
  const prefixes = ['', '', '', 'Tel ', 'Kafr ', 'Ras ', 'Ein ', 'Deir ', 'Jabal '];
  const suffixes = ['', '', '', ' Holdings', ' Petroleum', ' Group', ' district', ' camp'];
  while (out.size < count) {
    let word = '';
    const n = 2 + Math.floor(r() * 2);
    for (let i = 0; i < n; i++) word += pick(r, SYLLABLES);
    out.add(pick(r, prefixes) + cap(word) + pick(r, suffixes));
  }
  return [...out];
}

function makePeople(r: Rand, count: number, coined: string[]): Person[] {
  const byName = new Map<string, Person>();
  for (let tries = 0; byName.size < count && tries < count * 20; tries++) {
    const origin = r() < 0.3 ? ORIGINS[0] : pick(r, ORIGINS);
    const given = pick(r, origin.given);
    const surname = pick(r, origin.surnames);
    const middle = r() < 0.12 ? ` ${pick(r, origin.given)}` : '';
    const full = `${given}${middle} ${surname}`;
    if (byName.has(full) || given === surname) continue;
    const female = FEMALE_GIVEN.has(given.split(' ')[0]);
    byName.set(full, {
      full, surname, short: surname.replace(/^(?:al|el)-/, ''), female,
      title: pick(r, female ? FEMALE_TITLES : MALE_TITLES),
      role: fillSlots(r, pick(r, ROLES), coined),
    });
  }
  return [...byName.values()];
}

/** Renders references to the cast: full name with an apposition first, then surname or title + surname. */
class Cast {
  private named = new Set<Person>();
  constructor(private r: Rand, readonly people: Person[], private keepAl: boolean) {}

  ref(p: Person = this.pick(), subject = true): string {
    const surname = this.keepAl ? p.surname : p.short;
    if (!this.named.has(p)) {
      this.named.add(p);
      return subject ? `${p.full}, ${p.role},` : p.full;
    }
    const x = this.r();
    if (x < 0.45) return `${p.title} ${surname}`;
    if (x < 0.85 || !subject) return cap(surname);
    return p.female ? 'She' : 'He';
  }

  pick(): Person {
    return this.r() < 0.5 ? this.people[0] : pick(this.r, this.people);
  }
}

function quoteParagraph(r: Rand, cast: Cast): string {
  const quote = pick(r, QUOTES);
  const x = r();
  if (x < 0.4) return `"${quote.replace(/\.$/, ',')}" said ${cast.ref(undefined, false)}.`;
  if (x < 0.7) return `${cast.ref()} said: "${quote}"`;
  return `"${quote.replace(/\.$/, ',')}" ${cast.ref(undefined, false)} told reporters in ${pick(r, CITIES)}.`;
}

function headline(r: Rand, story: Story, lead: Person): string {
  const x = r();
  if (x < 0.3) return `${story.country.replace(/^the /, '')} ${story.topic}: ${lead.short} speaks out`;
  if (x < 0.6) return `${lead.full} ${pick(r, ['defects', 'resigns', 'speaks out', 'flees', 'warns'])} over ${story.topic}`;
  if (x < 0.8) return `${cap(story.topic)} deepens as ${lead.short} breaks ranks in ${story.city}`;
  return `Officials in ${story.city} react to ${story.topic} amid pressure from ${pick(r, COUNTRIES)}`;
}

function isoDate(day: number): string {
  return new Date(Date.UTC(2011, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

function writeArticle(r: Rand, story: Story, pool: Person[], coined: string[], outlet: string, published: string): string[] {
  const cast = [...new Set([
    ...Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, story.people)),
    ...Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, pool)),
  ])];
  const c = new Cast(r, cast, r() < 0.5);
  const date = new Date(`${published}T00:00:00Z`);
  const weekday = WEEKDAYS[(date.getUTCDay() + 6) % 7];
  const lines = [headline(r, story, cast[0])];
  lines.push(`${story.city.toUpperCase()}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} (${outlet}) - ${c.ref(cast[0])}`
    + ` announced on ${weekday} a decision over the ${story.topic}, saying events in ${story.country} had left no choice.`);
  const target = 2200 + Math.floor(r() * 4600);
  let length = lines[0].length + lines[1].length;
  while (length < target) {
    let para: string;
    if (r() < 0.3) para = quoteParagraph(r, c);
    else {
      const n = 1 + Math.floor(r() * 3);
      const sentences: string[] = [];
      for (let i = 0; i < n; i++) {
        const s = fillSlots(r, pick(r, SENTENCES), coined).replace(/\{P\}/g, () => c.ref());
        sentences.push(cap(s.replace(/, (?=[.])/g, '')));
      }
      para = sentences.join(' ');
    }
    lines.push(para);
    length += para.length + 1;
  }
  return lines;
}

/** A republication: new headline prefix and outlet credit, a paragraph dropped, a few words changed, a credit line. */
function nearCopy(r: Rand, original: string[], outlet: string): string[] {
  const lines = original.map((l, i) => (i === 1 ? l.replace(/\(([^)]+)\)/, `(${outlet})`) : l));
  lines[0] = `${pick(r, ['UPDATE 1-', 'UPDATE 2-', 'WRAPUP-', ''])}${lines[0]}`;
  if (lines.length > 4 && r() < 0.6) lines.splice(2 + Math.floor(r() * (lines.length - 2)), 1);
  const k = 2 + Math.floor(r() * (lines.length - 2));
  if (k < lines.length) lines[k] = lines[k].replace(' said', ' told reporters').replace('officials', 'diplomats');
  lines.push(`(Reporting by ${pick(r, ['Khaled Yacoub Oweis', 'Dominic Evans', 'Erika Solomon', 'Oliver Holmes'])};`
    + ` Editing by ${pick(r, ['Alastair Macdonald', 'Giles Elgood', 'Jon Hemming'])})`);
  return lines;
}

/** `n` news-like articles, the same for the same (n, seed) on every machine. */
export function generateCorpus(n: number, seed = 1): SyntheticArticle[] {
  const r = seeded(seed);
  const coined = coinNames(r, 30000);
  const pool = makePeople(r, 3000, coined);
  const stories: Story[] = Array.from({ length: 60 }, () => ({
    topic: pick(r, TOPICS), country: pick(r, COUNTRIES), city: pick(r, CITIES),
    people: Array.from({ length: 25 }, () => pick(r, pool)),
  }));
  const out: SyntheticArticle[] = [];
  const originals: { lines: string[]; index: number }[] = [];
  for (let i = 0; i < n; i++) {
    const outlet = pick(r, OUTLETS);
    const fileName = `synthetic-${String(i).padStart(5, '0')}.txt`;
    if (originals.length > 0 && r() < 0.05) {
      const src = originals[Math.floor(r() * originals.length)];
      const srcArticle = out[src.index];
      out.push({ fileName, text: nearCopy(r, src.lines, outlet).join('\n'), published: srcArticle.published, outlet,
        copyOf: srcArticle.fileName });
      continue;
    }
    const published = isoDate(Math.floor(r() * 1400));
    const lines = writeArticle(r, pick(r, stories), pool, coined, outlet, published);
    originals.push({ lines, index: i });
    out.push({ fileName, text: lines.join('\n'), published, outlet });
  }
  return out;
}
