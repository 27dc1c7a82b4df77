// Resolving a DateRule to a dated range: absolute dates as they are, the others against a reference date.
// Precision: day (one day, or the seven days of "last week"), month (the whole month), year (the whole year).

import type { DateRule, ResolvedDate } from './types';

const DAY = 86_400_000;

/** YYYY-MM-DD of a UTC day. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** UTC midnight of a YYYY-MM-DD date; NaN when it is not one. */
export function dayMs(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
}

const monthRange = (year: number, month: number): ResolvedDate => ({
  date: isoDay(Date.UTC(year, month - 1, 1)),
  end: isoDay(Date.UTC(year, month, 0)),
  precision: 'month',
});
const yearRange = (year: number): ResolvedDate => ({ date: `${String(year).padStart(4, '0')}-01-01`, end: `${String(year).padStart(4, '0')}-12-31`, precision: 'year' });
const oneDay = (ms: number): ResolvedDate => ({ date: isoDay(ms), end: isoDay(ms), precision: 'day' });

/** The dates a rule stands for; null when it needs a reference and there is none, or names no real day. */
export function resolveRule(rule: DateRule, reference: string | null): ResolvedDate | null {
  if (rule.kind === 'absolute') {
    if (rule.month === undefined) return yearRange(rule.year);
    if (rule.day === undefined) return monthRange(rule.year, rule.month);
    return validDay(rule.year, rule.month, rule.day);
  }
  if (!reference) return null;
  const ref = dayMs(reference);
  if (Number.isNaN(ref)) return null;
  const r = new Date(ref);
  const [ry, rm] = [r.getUTCFullYear(), r.getUTCMonth() + 1];
  switch (rule.kind) {
    case 'month': {
      // the latest such month (or day) up to the reference; the next one from it when the sentence looks ahead
      const rd = r.getUTCDate();
      const after = rule.month > rm || (rule.month === rm && (rule.day ?? 0) > rd);
      const before = rule.month < rm || (rule.month === rm && (rule.day ?? 99) < rd);
      const year = rule.forward ? (before ? ry + 1 : ry) : after ? ry - 1 : ry;
      return rule.day === undefined ? monthRange(year, rule.month) : validDay(year, rule.month, rule.day);
    }
    case 'weekday': {
      const dow = r.getUTCDay();
      const back = (dow - rule.weekday + 7) % 7;
      const ahead = (rule.weekday - dow + 7) % 7 || 7;
      return oneDay(rule.forward ? ref + ahead * DAY : ref - back * DAY);
    }
    case 'relative': {
      if (rule.unit === 'day') return oneDay(ref + rule.amount * DAY);
      if (rule.unit === 'week') {
        const day = ref + rule.amount * 7 * DAY;
        const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;
        return { date: isoDay(monday), end: isoDay(monday + 6 * DAY), precision: 'day' };
      }
      if (rule.unit === 'month') {
        const d = new Date(Date.UTC(ry, rm - 1 + rule.amount, 1));
        return monthRange(d.getUTCFullYear(), d.getUTCMonth() + 1);
      }
      return yearRange(ry + rule.amount);
    }
  }
}

function validDay(year: number, month: number, day: number): ResolvedDate | null {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? oneDay(ms) : null;
}
