import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, FIGURES_VERSION, type ArticleExtraction, type ArticleInput } from '../core/figures';
import { extractMany, workerEntry } from './figures-pool';
import { unpack } from './figures-packed';

const CORPUS = resolve(__dirname, '../../corpus');
const articles: ArticleInput[] = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ id: f.slice(0, 3), text: readFileSync(join(CORPUS, f), 'utf8'), published: null }));
const byId = new Map(articles.map((a) => [a.id, a]));
const load = async (id: string) => byId.get(id);

async function run(ids: string[], threads: number): Promise<ArticleExtraction[]> {
  const out: ArticleExtraction[] = [];
  await extractMany(ids, load, (ex) => out.push({
    articleId: ex.articleId, version: FIGURES_VERSION, people: unpack(ex.people), candidates: unpack(ex.candidates),
  }), { threads, batch: 2 });
  return out.sort((a, b) => a.articleId.localeCompare(b.articleId));
}

describe('extractMany', () => {
  it('finds the worker script (the TypeScript source when not bundled)', () => {
    expect(workerEntry()?.file).toMatch(/figures-worker\.(ts|js)$/);
  });

  it('gives in worker threads exactly what extractArticle gives in this thread', async () => {
    const ids = articles.map((a) => a.id);
    const inWorkers = await run(ids, 2);
    expect(inWorkers.map((e) => e.articleId)).toEqual(ids);
    expect(inWorkers).toEqual(articles.map((a) => extractArticle(a)));
    expect(inWorkers.some((e) => e.people.some((p) => p.mentions.some((m) => m.text.includes('Fares'))))).toBe(true);
  }, 180_000);

  it('extracts in this thread when asked, and skips ids that no longer load', async () => {
    const got = await run(['001', 'gone', '003'], 0);
    expect(got.map((e) => e.articleId)).toEqual(['001', '003']);
    expect(got[0]).toEqual(extractArticle(byId.get('001')!));
  }, 60_000);
});
