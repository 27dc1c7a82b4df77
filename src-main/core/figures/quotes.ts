// Direct quotes in a text and who said them: '"...," said X', 'X said: "..."', '"...," he said'.

import { SPEECH_VERBS } from './cues';

export interface QuoteSpan { start: number; end: number } // the quoted words, without the marks

export interface SpeakerMention { start: number; end: number; person: number } // person: a local person index

export interface AttributedQuote extends QuoteSpan { person: number; clauseEnd: number }

/** Quoted passages, paired within each line; an unclosed quote runs to the end of its line. */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      if (open >= 0 && i - open > 1) out.push({ start: open, end: i });
      open = -1;
    } else if (c === '“' || (c === '"' && open < 0)) {
      open = i + 1;
    } else if ((c === '”' || c === '"') && open >= 0) {
      if (i > open) out.push({ start: open, end: i });
      open = -1;
    }
  }
  if (open >= 0 && text.length - open > 1) out.push({ start: open, end: text.length });
  return out;
}

const VERB = `(?:${[...SPEECH_VERBS].join('|')})`;
const AFTER_VERB_FIRST = new RegExp(`^["”]?[,.!?]?["”]?\\s*${VERB}\\s+((?:[\\p{L}'’.-]+\\s+){0,4})$`, 'u');
const PRONOUN_AFTER = new RegExp(`^["”]?[,.!?]?["”]?\\s*(?:(?:he|she)\\s+(?:also\\s+)?${VERB}|${VERB}\\s+(?:he|she))\\b`, 'u');
const VERB_AFTER_NAME = new RegExp(`^(?:\\s+(?:of|from|at)\\s+[^,.;:"“”]{1,60}?|,[^,.;:"“”]{1,80},)?\\s+(?:also\\s+|then\\s+|later\\s+)?${VERB}\\b`, 'u');
const BEFORE_QUOTE = new RegExp(`^(?:,[^"“”.;]{1,100},)?\\s+(?:also\\s+)?${VERB}\\b[^"“”\\n]{0,160}$`, 'u');

/**
 * Attribute each quote to a speaker mention: after the quote ('," said Fares', '," Gerges said',
 * '," White House spokesman Jay Carney told'), before it ('Mr Fabius said: "...'), or a pronoun after it
 * resolved by `pronoun` (the caller decides whether the antecedent is unambiguous).
 */
export function attributeQuotes(
  text: string, quotes: QuoteSpan[], speakers: SpeakerMention[], pronoun: (at: number) => number | null,
): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  const outside = speakers.filter((m) => !quotes.some((q) => m.start >= q.start && m.end <= q.end));
  for (const q of quotes) {
    const lineEnd = indexOrEnd(text, '\n', q.end);
    const after = text.slice(q.end, Math.min(lineEnd, q.end + 160));
    let found: AttributedQuote | null = null;
    // A speaker after the quote only when the sentence goes on: '"...," he said', not '"...". He urged'.
    const continues = /[,!?…-]\s*$/.test(text.slice(q.start, q.end)) || /^["”]?\s*,/.test(after);
    // '," said Fares' / '," said White House spokesman Jay Carney'
    for (const m of outside) {
      if (m.start < q.end || m.start > q.end + 90 || m.start > lineEnd || !continues) continue;
      const between = text.slice(q.end, m.start);
      if (AFTER_VERB_FIRST.test(between)) { found = { ...q, person: m.person, clauseEnd: m.end }; break; }
      if (/^["”]?[,.!?]?["”]?\s*(?:[\p{L}'’.-]+\s+){0,5}$/u.test(between) && !/[.!?]["”]?\s*\p{Lu}/u.test(between)
        && VERB_AFTER_NAME.test(text.slice(m.end, m.end + 120))) {
        found = { ...q, person: m.person, clauseEnd: m.end };
        break;
      }
      break; // only the first name after the quote can be its speaker
    }
    if (!found && continues && PRONOUN_AFTER.test(after)) {
      const p = pronoun(q.start);
      if (p !== null) found = { ...q, person: p, clauseEnd: q.end + (PRONOUN_AFTER.exec(after)?.[0].length ?? 0) };
    }
    if (!found) {
      // 'Mr Fabius said: "..."' / 'Jay Carney said the development showed that "..."'
      const lineStart = text.lastIndexOf('\n', q.start - 2) + 1;
      for (let k = outside.length - 1; k >= 0; k--) {
        const m = outside[k];
        if (m.end > q.start - 1 || m.start < lineStart) continue;
        const between = text.slice(m.end, q.start - 1);
        if (/[.!?]["”]?\s+\p{Lu}/u.test(between)) break; // another sentence
        if (BEFORE_QUOTE.test(between)) found = { ...q, person: m.person, clauseEnd: q.end };
        break;
      }
    }
    if (found) out.push(found);
  }
  return out;
}

function indexOrEnd(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? text.length : i;
}
