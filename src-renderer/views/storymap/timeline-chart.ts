// A strip chart of dated events: one mark per event on a time axis (dots for days, bars for ranges), for the
// timeline page. Marks are links to the event in the list below.

import { html, svg } from 'lit';
import type { TimelineEntry } from '../../../src-main/shared/contract/storymap';

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The shortest window of start dates holding three quarters of the events: asides (a 2001 career note) stay off. */
function focus(starts: number[]): [number, number] {
  const k = Math.max(1, Math.ceil(starts.length * 0.75));
  let best: [number, number] = [starts[0], starts[starts.length - 1]];
  for (let i = 0; i + k - 1 < starts.length; i++) if (starts[i + k - 1] - starts[i] < best[1] - best[0]) best = [starts[i], starts[i + k - 1]];
  return best;
}

export function timelineChart(events: TimelineEntry[], width = 1000) {
  if (!events.length) return html``;
  const starts = events.map((e) => ms(e.date)).sort((a, b) => a - b);
  const [from, to] = focus(starts);
  let lo = from;
  let hi = Math.max(...events.filter((e) => ms(e.date) >= from && ms(e.date) <= to).map((e) => ms(e.end))) + DAY;
  const pad = Math.max(2 * DAY, (hi - lo) * 0.04);
  lo -= pad;
  hi += pad;
  const left = 20;
  const right = width - 20;
  const x = (t: number) => left + ((Math.min(hi, Math.max(lo, t)) - lo) / (hi - lo)) * (right - left);
  const lanes: number[] = [];
  const marks = events.map((e) => {
    const x1 = x(ms(e.date));
    const x2 = Math.max(x1 + 4, x(ms(e.end) + DAY));
    const single = e.date === e.end;
    let lane = lanes.findIndex((end) => end < x1 - 6);
    if (lane < 0) lane = lanes.push(single ? x1 + 6 : x2) - 1;
    else lanes[lane] = single ? x1 + 6 : x2;
    return { e, x1, x2, single, lane, outside: ms(e.end) < lo || ms(e.date) > hi };
  });
  const rows = Math.min(lanes.length, 8);
  const axis = 16 + rows * 12;
  const height = axis + 26;
  const ticks: { t: number; label: string }[] = [];
  const spanDays = (hi - lo) / DAY;
  const d0 = new Date(lo);
  if (spanDays <= 70) {
    for (let t = Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth(), d0.getUTCDate() + 1); t < hi; t += DAY) {
      const d = new Date(t);
      if (d.getUTCDay() === 1) ticks.push({ t, label: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` });
    }
  } else if (spanDays <= 3 * 366) {
    const every = spanDays <= 400 ? 1 : 3;
    for (let m = 1; ; m++) {
      const t = Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth() + m, 1);
      if (t >= hi) break;
      const d = new Date(t);
      if (d.getUTCMonth() % every) continue;
      ticks.push({ t, label: d.getUTCMonth() === 0 || ticks.length === 0 ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : MONTHS[d.getUTCMonth()] });
    }
  } else {
    const every = Math.max(1, Math.ceil(spanDays / 366 / 12));
    for (let y = d0.getUTCFullYear() + 1; Date.UTC(y, 0, 1) < hi; y++) if (y % every === 0) ticks.push({ t: Date.UTC(y, 0, 1), label: String(y) });
  }
  const outside = marks.filter((m) => m.outside).length;
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="Events on a time axis">
      <line x1=${left} x2=${right} y1=${axis} y2=${axis} stroke="currentColor" stroke-opacity="0.5"></line>
      ${ticks.map((t) => svg`<line x1=${x(t.t)} x2=${x(t.t)} y1=${axis} y2=${axis + 5} stroke="currentColor" stroke-opacity="0.5"></line>
        <text x=${x(t.t)} y=${axis + 18} text-anchor="middle" font-size="11" fill="currentColor" fill-opacity="0.7">${t.label}</text>`)}
      ${marks.filter((m) => !m.outside).map((m) => {
        const y = 12 + Math.min(m.lane, rows - 1) * 12;
        const title = svg`<title>${m.e.date === m.e.end ? m.e.date : `${m.e.date} – ${m.e.end}`}: ${m.e.text}</title>`;
        return svg`<a href=${`#ev-${cssId(m.e.key)}`} @click=${(ev: Event) => jump(ev, m.e.key)}>${m.single
          ? svg`<circle cx=${m.x1 + 2} cy=${y} r="4.5" class=${m.e.figures.length ? 'mark named' : 'mark'}>${title}</circle>`
          : svg`<rect x=${m.x1} y=${y - 3.5} width=${m.x2 - m.x1} height="7" rx="3.5" class="range">${title}</rect>`}</a>`;
      })}
    </svg>
    ${outside ? html`<p class="outside">${outside} earlier or later ${outside === 1 ? 'event is' : 'events are'} listed below but left off the chart.</p>` : ''}`;
}

export function cssId(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]/g, '_');
}

function jump(ev: Event, key: string): void {
  ev.preventDefault();
  const host = (ev.target as Element).getRootNode() as ShadowRoot;
  host.getElementById?.(`ev-${cssId(key)}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
}
