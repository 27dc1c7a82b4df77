// Test fixtures for the network core: an article made from paragraphs of text, with a mention wherever a name occurs.

import { sentenceIndex } from './sentence-index';
import type { NetworkArticle, NetworkMention } from './types';

/** An article from paragraphs of text; mentions wherever a figure's name (`names`: figure id -> name) occurs. */
export function articleWithMentions(id: string, paras: string[], names: Record<string, string>, outlet: string | null = null) {
  const text = paras.join('\n');
  const paragraphs: [number, number][] = [];
  let at = 0;
  for (const p of paras) {
    paragraphs.push([at, at + p.length]);
    at += p.length + 1;
  }
  const article: NetworkArticle = { id, outlet, paragraphs, sentences: sentenceIndex(text, paragraphs) };
  const mentions: NetworkMention[] = [];
  for (const [figureId, name] of Object.entries(names)) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) mentions.push({ figureId, articleId: id, start: i, end: i + name.length });
  }
  return { article, mentions, text };
}
