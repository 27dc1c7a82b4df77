// neighbourhoodSvg: a figure's star neighbourhood as static, script-free SVG (a deterministic radial layout), for
// dossier exports. The figure sits in the centre; neighbours on a circle, clockwise from the top, heaviest first.

import { ROLE_STYLE } from '../../shared/contract/storymap';
import type { Neighbourhood } from './neighbourhood';

const W = 640;
const H = 420;
const CX = W / 2;
const CY = H / 2;
const RING = 150;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const fixed = (x: number) => (Math.round(x * 10) / 10).toString();

/** Node radius from mentions, on a square-root scale between 7 and 22 px. */
function radius(mentions: number, most: number): number {
  return 7 + 15 * Math.sqrt(mentions / Math.max(1, most));
}

export function neighbourhoodSvg(n: Neighbourhood): string {
  const most = Math.max(n.centre.mentions, ...n.neighbours.map((x) => x.node.mentions));
  const heaviest = Math.max(1, ...n.neighbours.map((x) => x.weight));
  const count = n.neighbours.length;
  const placed = n.neighbours.map((x, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, count);
    return { ...x, x: CX + RING * Math.cos(angle), y: CY + RING * Math.sin(angle), angle };
  });
  const edges = placed.map(
    (p) => `<line x1="${CX}" y1="${CY}" x2="${fixed(p.x)}" y2="${fixed(p.y)}" stroke="#9a9184" stroke-opacity="0.75" stroke-width="${fixed(1 + 5 * (p.weight / heaviest))}"><title>${esc(`${n.centre.name} and ${p.node.name}: weight ${p.weight}`)}</title></line>`,
  );
  const nodes = placed.map((p) => {
    const r = radius(p.node.mentions, most);
    const cos = Math.cos(p.angle);
    const anchor = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end';
    const lx = p.x + (anchor === 'middle' ? 0 : (r + 5) * Math.sign(cos));
    const ly = anchor === 'middle' ? p.y + (Math.sin(p.angle) > 0 ? r + 14 : -r - 6) : p.y + 4;
    return `<g><circle cx="${fixed(p.x)}" cy="${fixed(p.y)}" r="${fixed(r)}" fill="${ROLE_STYLE[p.node.kind].colour}" stroke="#fff" stroke-width="1.5"><title>${esc(`${p.node.name} (${ROLE_STYLE[p.node.kind].label.toLowerCase()}), ${p.node.mentions} mentions`)}</title></circle><text x="${fixed(lx)}" y="${fixed(ly)}" text-anchor="${anchor}" font-size="12">${esc(p.node.name)}</text></g>`;
  });
  const rc = radius(n.centre.mentions, most);
  const centre = `<g><circle cx="${CX}" cy="${CY}" r="${fixed(rc)}" fill="${ROLE_STYLE[n.centre.kind].colour}" stroke="#1b1b1b" stroke-width="2.5"/><text x="${CX}" y="${fixed(CY + rc + 16)}" text-anchor="middle" font-size="13" font-weight="700">${esc(n.centre.name)}</text></g>`;
  const kinds = [...new Set([n.centre.kind, ...n.neighbours.map((x) => x.node.kind)])];
  const legend = kinds.map((k, i) => `<g transform="translate(${12 + i * 104},${H - 14})"><circle r="5" cx="5" cy="-4" fill="${ROLE_STYLE[k].colour}"/><text x="14" y="0" font-size="11">${esc(ROLE_STYLE[k].label)}</text></g>`);
  const note = n.more ? `<text x="${W - 12}" y="${H - 14}" text-anchor="end" font-size="11" fill="#555">and ${n.more} more</text>` : '';
  const empty = count === 0 ? `<text x="${CX}" y="${CY - 40}" text-anchor="middle" font-size="12" fill="#555">No other figure is named with this one.</text>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(`${n.centre.name} and the figures named with them`)}" font-family="Noto Sans, Liberation Sans, DejaVu Sans, Arial, sans-serif" fill="#1b1b1b">${edges.join('')}${nodes.join('')}${centre}${legend.join('')}${note}${empty}</svg>`;
}
