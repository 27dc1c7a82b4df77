// "What the sources say": the passages naming a figure, per article in date order, near-copies shown once.

import type { Mention, Span } from '../../shared/model';
import type { Target } from './citations';
import { compareKey, paragraphIndexAt, passageSpans } from './locate';

/** An article prepared for lookups: its paragraphs resolved once. */
export interface IndexedArticle {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  text: string;
  fileName: string;
  paragraphs: Span[];
}

export interface RawPassage {
  target: Target; // this place
  also: Target[]; // the same words in near-copies
  text: string;
  marks: Array<[number, number]>;
}

export interface RawGroup {
  article: IndexedArticle;
  copyOf: string[]; // ids of earlier articles of the same copy group
  passages: RawPassage[];
  firstPlace: Target | null; // where the figure is first named, even when that passage is shown elsewhere
}

/** A citation target for [start, end) in `article`. */
export function targetAt(article: Pick<IndexedArticle, 'id' | 'paragraphs'>, start: number, end: number): Target {
  return { articleId: article.id, paragraph: paragraphIndexAt(article.paragraphs, start) + 1, start, end };
}

/** The passages of one article naming the figure, with its mentions marked (offsets relative to each passage). */
export function articlePassages(article: IndexedArticle, mentions: Mention[]): RawPassage[] {
  const byParagraph = new Map<number, Span[]>();
  for (const m of mentions) {
    const p = paragraphIndexAt(article.paragraphs, m.start);
    const list = byParagraph.get(p) ?? [];
    list.push([m.start, m.end]);
    byParagraph.set(p, list);
  }
  const out: RawPassage[] = [];
  for (const p of [...byParagraph.keys()].sort((a, b) => a - b)) {
    const ranges = byParagraph.get(p)!.sort((a, b) => a[0] - b[0]);
    const paragraph = article.paragraphs[p] ?? [0, article.text.length];
    for (const [start, end] of passageSpans(article.text, paragraph, ranges)) {
      const marks = ranges
        .filter(([s, e]) => s < end && e > start)
        .map(([s, e]): [number, number] => [Math.max(s, start) - start, Math.min(e, end) - start]);
      out.push({
        target: { articleId: article.id, paragraph: p + 1, start, end },
        also: [],
        text: article.text.slice(start, end),
        marks: mergeMarks(marks),
      });
    }
  }
  return out;
}

/**
 * Groups in the order of `articles` (already date-sorted). A passage whose words already appeared in an earlier
 * near-copy is not repeated: its place is added to the earlier passage's `also` instead.
 */
export function groupPassages(
  articles: IndexedArticle[],
  mentionsOf: (articleId: string) => Mention[],
  groupOf: (articleId: string) => string,
): RawGroup[] {
  const seen = new Map<string, RawPassage>(); // copy group + words -> first passage
  const seenArticles = new Map<string, string[]>(); // copy group -> article ids so far
  const groups: RawGroup[] = [];
  for (const article of articles) {
    const group = groupOf(article.id);
    const all = articlePassages(article, mentionsOf(article.id));
    const shown: RawPassage[] = [];
    for (const passage of all) {
      const key = `${group}\u0000${compareKey(passage.text)}`;
      const first = seen.get(key);
      if (first && first.target.articleId !== article.id) first.also.push(passage.target);
      else {
        if (!first) seen.set(key, passage);
        shown.push(passage);
      }
    }
    const earlier = seenArticles.get(group) ?? [];
    groups.push({ article, copyOf: earlier.slice(), passages: shown, firstPlace: all[0]?.target ?? null });
    seenArticles.set(group, [...earlier, article.id]);
  }
  return groups;
}

function mergeMarks(marks: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of marks.sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
