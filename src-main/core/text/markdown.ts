// Markdown to plain paragraph blocks with marked's lexer: syntax stripped, link text kept, images as "[image: alt]", front matter read.

import { Lexer, type Token, type Tokens } from 'marked';
import type { Block } from './blocks';

export interface MarkdownMeta {
  title?: string;
  byline?: string;
  published?: string;
  outlet?: string;
  url?: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/;
const META_KEYS: Record<string, keyof MarkdownMeta> = {
  title: 'title', headline: 'title', author: 'byline', byline: 'byline', by: 'byline', date: 'published',
  published: 'published', publication_date: 'published', outlet: 'outlet', source: 'outlet', publisher: 'outlet',
  site: 'outlet', site_name: 'outlet', url: 'url', link: 'url', canonical_url: 'url',
};

/** YAML-style front matter (simple `key: value` lines only) and the Markdown after it. */
export function splitFrontMatter(md: string): { meta: MarkdownMeta; body: string } {
  const m = FRONT_MATTER.exec(md);
  if (!m) return { meta: {}, body: md };
  const meta: MarkdownMeta = {};
  for (const line of m[1].split('\n')) {
    const kv = /^([A-Za-z_]+)\s*:\s*(.+)$/.exec(line.trim());
    const key = kv && META_KEYS[kv[1].toLowerCase()];
    if (key && !meta[key]) meta[key] = kv[2].trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return { meta, body: md.slice(m[0].length) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** Plain text of inline tokens: emphasis dropped, links as their text, images as placeholders, line breaks as spaces. */
function inline(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  let out = '';
  for (const t of tokens) {
    switch (t.type) {
      case 'image': {
        // A visible placeholder, as for HTML images: "[image: alt]", or "[image]" without alt text.
        const alt = decodeEntities((t as Tokens.Image).text ?? '').replace(/\s+/g, ' ').trim();
        out += alt ? ` [image: ${alt}] ` : ' [image] ';
        break;
      }
      case 'html':
        break;
      case 'br':
        out += ' ';
        break;
      case 'codespan':
      case 'escape':
        out += decodeEntities((t as Tokens.Codespan).text);
        break;
      default: {
        const nested = (t as { tokens?: Token[] }).tokens;
        out += nested ? inline(nested) : decodeEntities((t as { text?: string }).text ?? '');
      }
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

function pushBlocks(tokens: Token[], out: Block[], blankBefore: { n: number }): void {
  const push = (text: string, extra: Partial<Block> = {}) => {
    if (text.trim() === '') return;
    out.push({ text: text.trim(), gapBefore: out.length ? Math.max(1, blankBefore.n) : 0, gapAfter: 0, ...extra });
    blankBefore.n = 0;
  };
  for (const t of tokens) {
    switch (t.type) {
      case 'space':
        blankBefore.n += Math.max(0, (t.raw.match(/\n/g) ?? []).length - 1);
        break;
      case 'heading':
        push(inline(t.tokens), { kind: 'heading', level: (t as Tokens.Heading).depth });
        break;
      case 'paragraph':
        push(inline(t.tokens));
        break;
      case 'text':
        push(inline((t as Tokens.Text).tokens) || decodeEntities((t as Tokens.Text).text));
        break;
      case 'blockquote':
        for (const inner of (t as Tokens.Blockquote).tokens) {
          const before = out.length;
          pushBlocks([inner], out, blankBefore);
          for (let i = before; i < out.length; i++) out[i].kind ??= 'quote';
        }
        break;
      case 'list':
        for (const item of (t as Tokens.List).items) {
          const before = out.length;
          pushBlocks(item.tokens, out, blankBefore);
          for (let i = before; i < out.length; i++) out[i].kind ??= 'list-item';
        }
        break;
      case 'code':
        for (const para of (t as Tokens.Code).text.split(/\n\s*\n/)) push(para.replace(/\s*\n\s*/g, ' '));
        break;
      case 'table': {
        const table = t as Tokens.Table;
        for (const row of [table.header, ...table.rows]) push(row.map((c) => inline(c.tokens)).join(' | '));
        break;
      }
      case 'html':
        push(decodeEntities(t.raw.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' '));
        break;
      default:
        break; // hr, def: nothing to read
    }
  }
}

/** Paragraph blocks of a Markdown document (already normalised), with its front-matter metadata. */
export function markdownBlocks(md: string): { blocks: Block[]; meta: MarkdownMeta } {
  const { meta, body } = splitFrontMatter(md);
  const out: Block[] = [];
  pushBlocks(new Lexer({ gfm: true }).lex(body), out, { n: 0 });
  for (let i = 0; i < out.length - 1; i++) out[i].gapAfter = out[i + 1].gapBefore;
  return { blocks: out, meta };
}
