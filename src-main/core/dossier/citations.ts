// Numbering citations in reading order: one number per distinct place, each resolving to a source in the list.

import type { Citation } from './types';

/** A place in an article before it has a number. */
export interface Target {
  articleId: string;
  paragraph: number | null; // 1-based
  start: number | null;
  end: number | null;
}

/** The in-app link to a place: offsets when known, else the article. */
export function articleHref(articleId: string, start: number | null = null, end: number | null = null): string {
  const id = encodeURIComponent(articleId);
  return start === null || end === null ? `#/article/${id}` : `#/article/${id}?at=${start}-${end}`;
}

export class CitationRegistry {
  private readonly byKey = new Map<string, Citation>();
  private readonly list: Citation[] = [];

  /**
   * @param sourceOf the 1-based source number of an article (every cited article must be in the sources list)
   * @param given citations already numbered (1..n, as `all()` returned them): numbering goes on after them
   */
  constructor(private readonly sourceOf: (articleId: string) => number, given: readonly Citation[] = []) {
    for (const c of given) {
      this.byKey.set(placeKey(c), c);
      this.list.push(c);
    }
  }

  /** The number of `target`, given on first sight; the same place asked twice gets the same number. */
  cite(target: Target): number {
    const key = placeKey(target);
    const known = this.byKey.get(key);
    if (known) return known.n;
    const citation: Citation = {
      n: this.list.length + 1,
      articleId: target.articleId,
      source: this.sourceOf(target.articleId),
      paragraph: target.paragraph,
      start: target.start,
      end: target.end,
      href: articleHref(target.articleId, target.start, target.end),
    };
    this.byKey.set(key, citation);
    this.list.push(citation);
    return citation.n;
  }

  /** Numbers for several places, ascending, without repeats. */
  citeAll(targets: Target[]): number[] {
    return [...new Set(targets.map((t) => this.cite(t)))].sort((a, b) => a - b);
  }

  all(): Citation[] {
    return this.list.slice();
  }
}

function placeKey(t: Target): string {
  return `${t.articleId}\u0000${t.paragraph}\u0000${t.start}\u0000${t.end}`;
}
