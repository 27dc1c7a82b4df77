// buildTimeline: every dated expression of the notebook as an event with its sentence, its figures and its source,
// resolved against each article's reference, near-copies merged, the user's corrections and dismissals applied.

import { sourceGroups } from '../compare/copies';
import { chooseReferences, needsNotebook } from './reference';
import { dayMs, resolveRule } from './resolve';
import type { DateExpression, Reference, TimelineEdit, TimelineEvent } from './types';

export interface TimelineArticle {
  id: string;
  published: string | null;
  expressions: DateExpression[];
  sourceDate?: { date: string; text: string } | null; // see ReferenceArticle
}

export interface TimelineInput {
  articles: TimelineArticle[];
  mentions: { figureId: string; articleId: string; start: number; end: number }[];
  copies: Record<string, string[]>;
  edits?: TimelineEdit[];
  hiddenFigures?: Set<string>;
  /**
   * The notebook-wide reference (see reference.ts), when `articles` are only part of the notebook: whole copy groups
   * holding a figure's events, say. Needed only when figureNeedsNotebookReference says so.
   */
  notebookReference?: Reference | null;
}

export interface TimelineOptions {
  figureId?: string; // only events whose sentence names this figure
  includeDismissed?: boolean;
}

export function eventKey(articleId: string, e: Pick<DateExpression, 'start' | 'end'>): string {
  return `${articleId}:${e.start}-${e.end}`;
}

export function buildTimeline(input: TimelineInput, opts: TimelineOptions = {}): TimelineEvent[] {
  const references = chooseReferences(input.articles, input.notebookReference);
  const byArticle = visibleMentions(input);
  const edits = new Map((input.edits ?? []).map((e) => [e.eventKey, e]));
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const out: TimelineEvent[] = [];
  for (const group of sourceGroups(input.articles.map((a) => a.id), input.copies)) {
    const seen = new Map<string, TimelineEvent>();
    for (const id of group) {
      const a = articles.get(id)!;
      const reference = references.get(id) ?? null;
      const mentions = byArticle.get(id) ?? [];
      for (const x of a.expressions) {
        const resolved = resolveRule(x.rule, reference?.date ?? null);
        if (!resolved) continue;
        const text = x.sentenceText;
        const figureIds = figuresIn(mentions, x.sentence[0], x.sentence[1]);
        const dedupe = `${text}|${x.text}|${resolved.date}|${resolved.end}`;
        const twin = group.length > 1 ? seen.get(dedupe) : undefined;
        if (twin && twin.articleId !== id) {
          if (!twin.alsoIn.includes(id)) twin.alsoIn.push(id);
          continue;
        }
        const event: TimelineEvent = {
          key: eventKey(id, x),
          ...resolved,
          articleId: id,
          sentence: x.sentence,
          text,
          expression: { text: x.text, start: x.start, end: x.end },
          relative: x.rule.kind !== 'absolute',
          reference: x.rule.kind === 'absolute' ? null : reference,
          figureIds,
          alsoIn: [],
          edited: false,
          dismissed: false,
        };
        applyEdit(event, edits.get(event.key));
        if (group.length > 1) seen.set(dedupe, event);
        out.push(event);
      }
    }
  }
  return out
    .filter((e) => (opts.includeDismissed || !e.dismissed) && (!opts.figureId || e.figureIds.includes(opts.figureId)))
    .sort((x, y) => x.date.localeCompare(y.date) || x.end.localeCompare(y.end) || x.articleId.localeCompare(y.articleId) || x.sentence[0] - y.sentence[0]);
}

/**
 * Whether `figureId`'s events among `input.articles` (whole copy groups) depend on the notebook-wide reference: some
 * relative expression lies in an article with no reference of its own, in a sentence that names the figure, or that
 * has the same words as one naming it in a copy (the two may merge).
 */
export function figureNeedsNotebookReference(input: TimelineInput, figureId: string): boolean {
  const unreferenced = input.articles.filter((a) => a.expressions.some((x) => x.rule.kind !== 'absolute') && needsNotebook(a));
  if (!unreferenced.length) return false;
  const byArticle = visibleMentions(input);
  const naming = new Set<string>(); // the words of sentences naming the figure
  for (const a of input.articles) {
    const mentions = byArticle.get(a.id) ?? [];
    for (const x of a.expressions) if (figuresIn(mentions, x.sentence[0], x.sentence[1]).includes(figureId)) naming.add(x.sentenceText);
  }
  return unreferenced.some((a) => a.expressions.some((x) => x.rule.kind !== 'absolute' && naming.has(x.sentenceText)));
}

/** The visible figures' mentions per article, sorted by start. */
function visibleMentions(input: TimelineInput): Map<string, TimelineInput['mentions']> {
  const byArticle = new Map<string, TimelineInput['mentions']>();
  for (const m of input.mentions) {
    if (input.hiddenFigures?.has(m.figureId)) continue;
    const list = byArticle.get(m.articleId);
    if (list) list.push(m);
    else byArticle.set(m.articleId, [m]);
  }
  for (const list of byArticle.values()) list.sort((x, y) => x.start - y.start);
  return byArticle;
}

/** Distinct figures of the mentions (sorted by start) that lie inside [from, to). */
function figuresIn(mentions: { figureId: string; start: number; end: number }[], from: number, to: number): string[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < to; i++) {
    if (mentions[i].end <= to && !out.includes(mentions[i].figureId)) out.push(mentions[i].figureId);
  }
  return out;
}

function applyEdit(event: TimelineEvent, edit: TimelineEdit | undefined): void {
  if (!edit) return;
  if (edit.dismissed) event.dismissed = true;
  if (edit.date && !Number.isNaN(dayMs(edit.date))) {
    const end = edit.end && !Number.isNaN(dayMs(edit.end)) && edit.end >= edit.date ? edit.end : edit.date;
    event.date = edit.date;
    event.end = end;
    event.precision = 'day';
    event.edited = true;
  }
}
