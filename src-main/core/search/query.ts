// Query parsing: free words (prefix on the last word being typed, typo tolerance by length) and "quoted phrases".

import { indexTerms, tokenize } from './terms';

export interface ParsedQuery {
  words: string[]; // folded index terms outside quotes
  phrases: string[][]; // each phrase as folded words, stop words included, in order
  phraseTerms: string[]; // index terms of the phrases (must all occur)
  prefixLast: boolean; // the query does not end in a space or quote: its last word may be unfinished
}

export function parseQuery(q: string): ParsedQuery {
  const phrases: string[][] = [];
  const rest = q.replace(/"([^"]*)"?/g, (_, inner: string) => {
    const words = tokenize(inner).map((t) => t.term);
    if (words.length > 0) phrases.push(words);
    return ' ';
  });
  const words = [...new Set(indexTerms(rest))];
  const phraseTerms = [...new Set(phrases.flatMap((p) => indexTerms(p.join(' '))))];
  return { words, phrases, phraseTerms, prefixLast: /[\p{L}\p{N}]$/u.test(q) };
}

/** Edits allowed for a word: none below 4 letters, 1 up to 7, 2 from 8 ("defectoin" -> "defection"). */
export function typoBudget(term: string): number {
  return term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
}
