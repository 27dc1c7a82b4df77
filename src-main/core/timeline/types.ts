// Types of the timeline: date expressions read from the text, how they resolve, and the dated events.

import type { Span } from '../../shared/model';

export type Precision = 'day' | 'month' | 'year';

/** What a date expression says, independent of any reference date, so resolution is arithmetic. */
export type DateRule =
  | { kind: 'absolute'; year: number; month?: number; day?: number } // "February 4, 2012", "February 2011", "in 2001"
  | { kind: 'month'; month: number; day?: number; forward: boolean } // "in March", "until December", "July 11": the
  //   latest such month up to the reference (news tells the past), the next one when the sentence looks ahead
  | { kind: 'weekday'; weekday: number; forward: boolean } // "on Monday" (0 = Sunday): the latest one before the reference
  | { kind: 'relative'; unit: 'day' | 'week' | 'month' | 'year'; amount: number }; // "yesterday", "last week", "this month"

export interface DateExpression {
  start: number; // offsets of the expression in the article text
  end: number;
  text: string;
  sentence: Span;
  sentenceText: string; // the sentence's words, so a timeline can be built without the article text
  rule: DateRule;
}

/** The date relative expressions are read against, and where it comes from. */
export interface Reference {
  date: string; // YYYY-MM-DD
  kind: 'published' | 'article' | 'notebook'; // article/notebook: inferred from the latest full date in the text
  articleId?: string; // where an inferred reference was read
  text?: string; // the expression it was read from
}

export interface ResolvedDate {
  date: string; // YYYY-MM-DD, first day
  end: string; // YYYY-MM-DD, last day (== date for a single day)
  precision: Precision;
}

export interface TimelineEvent extends ResolvedDate {
  key: string; // stable: <articleId>:<start>-<end> of the expression
  articleId: string;
  sentence: Span;
  text: string; // the sentence
  expression: { text: string; start: number; end: number };
  relative: boolean; // resolved against a reference
  reference: Reference | null;
  figureIds: string[]; // figures named in the sentence
  alsoIn: string[]; // near-copies with the same sentence
  edited: boolean; // the date is the user's correction
  dismissed: boolean;
}

export interface TimelineEdit {
  eventKey: string;
  date?: string | null;
  end?: string | null;
  dismissed?: boolean;
}
