// timelineSvg: dated events on a time axis as static, script-free SVG for dossier exports. Single days are dots,
// ranges are bars; each carries its number in the list printed beside the picture. Lanes keep marks apart.

import { dayMs, isoDay } from './resolve';
import type { ResolvedDate } from './types';

const W = 640;
const PAD = 28;
const LANE = 22;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;

const fixed = (x: number) => (Math.round(x * 10) / 10).toString();

/** Events in list order; mark i is labelled i + 1. */
export function timelineSvg(events: ResolvedDate[], label = 'Timeline'): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  if (events.length === 0) {
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} 40" width="${W}" height="40" role="img" aria-label="${esc(label)}"><text x="${W / 2}" y="24" text-anchor="middle" font-size="12" fill="#555">No dated events.</text></svg>`;
  }
  let lo = Math.min(...events.map((e) => dayMs(e.date)));
  let hi = Math.max(...events.map((e) => dayMs(e.end) + DAY));
  const margin = Math.max(DAY, (hi - lo) * 0.03);
  lo -= margin;
  hi += margin;
  const x = (ms: number) => PAD + ((ms - lo) / (hi - lo)) * (W - 2 * PAD);

  // greedy lanes: a mark goes in the first lane whose last mark ends left of it (with room for its number)
  const laneEnds: number[] = [];
  const marks = events.map((e, i) => {
    const x1 = x(dayMs(e.date));
    const x2 = Math.max(x1 + 6, x(dayMs(e.end) + DAY));
    const single = e.date === e.end;
    const left = single ? x1 - 9 : x1;
    const right = (single ? x1 + 9 : x2) + String(i + 1).length * 7 + 4;
    let lane = laneEnds.findIndex((end) => end < left);
    if (lane < 0) lane = laneEnds.push(right) - 1;
    else laneEnds[lane] = right;
    return { e, i, x1, x2, single, lane };
  });
  const axisY = 30 + laneEnds.length * LANE;
  const H = axisY + 34;
  const items = marks.map(({ e, i, x1, x2, single, lane }) => {
    const y = 24 + lane * LANE;
    const title = `<title>${i + 1}: ${e.date === e.end ? e.date : `${e.date} to ${e.end}`} (${e.precision})</title>`;
    const shape = single
      ? `<circle cx="${fixed(x1 + 3)}" cy="${y}" r="5" fill="#8a3b12">${title}</circle>`
      : `<rect x="${fixed(x1)}" y="${y - 4}" width="${fixed(x2 - x1)}" height="8" rx="4" fill="#8a3b12" fill-opacity="0.35" stroke="#8a3b12">${title}</rect>`;
    const tx = single ? x1 + 11 : x2 + 4;
    return `${shape}<text x="${fixed(tx)}" y="${y + 4}" font-size="10">${i + 1}</text><line x1="${fixed(single ? x1 + 3 : x1)}" y1="${y + 6}" x2="${fixed(single ? x1 + 3 : x1)}" y2="${axisY}" stroke="#c9c2b8" stroke-width="0.6"/>`;
  });
  const ticks = axisTicks(lo, hi).map((t) => `<line x1="${fixed(x(t.ms))}" y1="${axisY}" x2="${fixed(x(t.ms))}" y2="${axisY + 5}" stroke="#555"/><text x="${fixed(x(t.ms))}" y="${axisY + 18}" text-anchor="middle" font-size="10" fill="#555">${esc(t.label)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(label)}" font-family="Noto Sans, Liberation Sans, DejaVu Sans, Arial, sans-serif" fill="#1b1b1b"><line x1="${PAD}" y1="${axisY}" x2="${W - PAD}" y2="${axisY}" stroke="#555"/>${ticks.join('')}${items.join('')}</svg>`;
}

/** Tick marks: days for spans under seven weeks, months under four years, else years. */
function axisTicks(lo: number, hi: number): { ms: number; label: string }[] {
  const span = hi - lo;
  const out: { ms: number; label: string }[] = [];
  const start = new Date(lo);
  if (span < 49 * DAY) {
    const step = span < 14 * DAY ? 1 : 7;
    for (let t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 1); t < hi; t += step * DAY) {
      const d = new Date(t);
      out.push({ ms: t, label: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` });
    }
  } else if (span < 4 * 366 * DAY) {
    const every = span < 14 * 31 * DAY ? 1 : 3;
    for (let m = start.getUTCMonth() + 1, y = start.getUTCFullYear(); ; m++) {
      const t = Date.UTC(y, m, 1);
      if (t >= hi) break;
      const d = new Date(t);
      if (d.getUTCMonth() % every === 0) out.push({ ms: t, label: d.getUTCMonth() === 0 || out.length === 0 ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : MONTHS[d.getUTCMonth()] });
    }
  } else {
    const years = Math.ceil(span / (366 * DAY));
    const every = Math.max(1, Math.ceil(years / 10));
    for (let y = start.getUTCFullYear() + 1; Date.UTC(y, 0, 1) < hi; y++) if (y % every === 0) out.push({ ms: Date.UTC(y, 0, 1), label: String(y) });
  }
  return out.length ? out : [{ ms: (lo + hi) / 2, label: isoDay((lo + hi) / 2) }];
}
