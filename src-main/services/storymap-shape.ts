// One article's story-map shape (sentence spans, date expressions, the original file's latest full date), computed
// from the article alone, so it can run in this thread or in a story-map worker (services/storymap-worker.ts).

import type { SentenceDates } from '../core/timeline/extract';
import type { Article, Span } from '../shared/model';
import { packJson } from './packed-json';
import type { Shape } from './storymap-shapes';

/** What a shape is computed from: the article's text and paragraphs, and its original file's words when they help. */
export interface ShapeInput {
  id: string;
  text: string;
  paragraphs: Span[];
  original: string | null;
}

export interface PackedShape {
  id: string;
  packed: Uint8Array;
}

type Cores = [typeof import('../core/network/sentence-index'), typeof import('../core/timeline')];
let cores: Promise<Cores> | undefined;
/** chrono-node loads on the first shape, so quick commands stay quick. */
const loadCores = () => (cores ??= Promise.all([import('../core/network/sentence-index'), import('../core/timeline')]));

export function shapeInput(article: Article): ShapeInput {
  return { id: article.id, text: article.text, paragraphs: article.paragraphs, original: originalText(article) };
}

/** The shape of one article: its sentences and date expressions; the original file's latest full date. */
export async function computeShape(input: ShapeInput): Promise<Shape> {
  const [{ sentenceIndex }, { extractDateExpressions: extract, latestFullDate }] = await loadCores();
  const sentences = sentenceIndex(input.text, input.paragraphs);
  const read = new Map<string, SentenceDates>(); // the original file mostly repeats the text's sentences: read each once
  const dates = extract(input.text, sentences, read);
  const sourceDate = input.original ? latestFullDate(extract(input.original, sentenceIndex(input.original, []), read)) : null;
  return { paragraphs: input.paragraphs, sentences, dates, sourceDate };
}

/** Shapes of a batch, packed as the story map holds them (what a worker answers). */
export async function packedShapes(inputs: ShapeInput[]): Promise<PackedShape[]> {
  const out: PackedShape[] = [];
  for (const input of inputs) out.push({ id: input.id, packed: packJson(await computeShape(input)) });
  return out;
}

/** The original file's words (text formats only; markup dropped), where a caption or date stamp may survive. */
function originalText(article: Article): string | null {
  const { format, content, encoding } = article.source;
  if (encoding === 'base64' || !['txt', 'md', 'html'].includes(format) || content.length > 2_000_000) return null;
  return format === 'html' ? content.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ') : content;
}
