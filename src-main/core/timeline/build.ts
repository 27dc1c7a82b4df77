// buildTimeline: every dated expression of the notebook as an event with its sentence, its figures and its source,
// resolved against each article's reference, near-copies merged, the user's corrections and dismissals applied.

import { sourceGroups } from '../compare/copies';
import { chooseReferences } from './reference';
import { dayMs, resolveRule } from './resolve';
import type { DateExpression, TimelineEdit, TimelineEvent } from './types';

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
}

export interface TimelineOptions {
  figureId?: string; // only events whose sentence names this figure
  includeDismissed?: boolean;
}

export function eventKey(articleId: string, e: Pick<DateExpression, 'start' | 'end'>): string {
  return `${articleId}:${e.start}-${e.end}`;
}

export function buildTimeline(input: TimelineInput, opts: TimelineOptions = {}): TimelineEvent[] {
  const references = chooseReferences(input.articles);
  const byArticle = new Map<string, TimelineInput['mentions']>();
  for (const m of input.mentions) {
    if (input.hiddenFigures?.has(m.figureId)) continue;
    const list = byArticle.get(m.articleId);
    if (list) list.push(m);
    else byArticle.set(m.articleId, [m]);
  }
  for (const list of byArticle.values()) list.sort((x, y) => x.start - y.start);
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
