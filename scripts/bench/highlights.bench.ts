// Highlights benchmark over a real store: durable create latency, listing an article's highlights (anchored as
// stored), re-anchoring them after the text changed, the global list, and `quire anchor` throughput.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anchorMany, describe } from '../../src-main/core/anchoring';
import { contentHash } from '../../src-main/core/text/hash';
import { createServices } from '../../src-main/services/index';
import type { Article, Span } from '../../src-main/shared/model';
import { openLowdbStore } from '../../src-main/store/lowdb-store';
import { generateCorpus } from './synthetic-corpus';
import type { BenchRow } from './types';

const ARTICLES = Number(process.env.QUIRE_BENCH_HL_ARTICLES ?? 200);
const PER_ARTICLE = 10;
const AREA = 'highlights';

function toArticle(a: { fileName: string; text: string; published: string; outlet: string }): Article {
  const paragraphs: Span[] = [];
  let at = 0;
  for (const l of a.text.split('\n')) {
    paragraphs.push([at, at + l.length]);
    at += l.length + 1;
  }
  return {
    id: contentHash(a.text), title: a.text.split('\n')[0], outlet: a.outlet, byline: null, published: a.published, url: null, tags: [],
    text: a.text, paragraphs, words: a.text.split(/\s+/).length,
    source: { fileName: a.fileName, format: 'txt', content: a.text }, importedAt: new Date().toISOString(),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t = performance.now();
  const v = await fn();
  return [performance.now() - t, v];
}

export async function run(): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'quire-bench-hl-'));
  try {
    const store = await openLowdbStore(dir);
    const s = createServices({ store });
    const articles = generateCorpus(ARTICLES, 7).map(toArticle);
    await store.addArticles(articles);

    const creates: number[] = [];
    for (const a of articles) {
      for (let i = 0; i < PER_ARTICLE; i++) {
        const [ps, pe] = a.paragraphs[1 + (i % (a.paragraphs.length - 1))];
        const start = ps + ((i * 7) % Math.max(1, pe - ps - 40));
        const [ms] = await time(() => s.highlights.create({ articleId: a.id, start, end: Math.min(pe, start + 40), colour: i % 5 }));
        creates.push(ms);
      }
    }
    const lists: number[] = [];
    for (const a of articles.slice(0, 50)) lists.push((await time(() => s.highlights.list({ articleId: a.id })))[0]);

    // Change every text a little (a sentence inserted at the top), then list: each highlight is re-anchored and saved.
    const edited = articles.slice(0, 50);
    const bodyStore = store as unknown as { bodyFile(id: string): { read(): Promise<Article>; write(v: unknown): Promise<void> } };
    for (const a of edited) {
      const body = await bodyStore.bodyFile(a.id).read();
      await bodyStore.bodyFile(a.id).write({ ...body, text: `Editor's note: this story was updated.\n${body.text.replace(/\bthe\b/, 'a')}` });
    }
    const reanchors: number[] = [];
    let fuzzy = 0;
    for (const a of edited) {
      const [ms, views] = await time(() => s.highlights.list({ articleId: a.id }));
      reanchors.push(ms);
      fuzzy += views.filter((v) => v.anchor.state !== 'orphan').length;
    }
    const [globalMs, all] = await time(() => s.highlights.list({}));

    const text = articles[0].text;
    const targets = Array.from({ length: 1000 }, (_, i) => describe(text, (i * 13) % (text.length - 60), ((i * 13) % (text.length - 60)) + 50));
    const changed = `Update.\n${text.replace(/\n/g, '\n\n')}`;
    const [anchorMs] = await time(() => anchorMany(changed, targets));
    await store.close();
    return [
      { area: AREA, metric: 'create highlight (durable write), median', value: round(median(creates)), unit: 'ms', note: `${creates.length} highlights over ${ARTICLES} articles` },
      { area: AREA, metric: "list an article's highlights, median", value: round(median(lists)), unit: 'ms', note: `${PER_ARTICLE} per article, text unchanged` },
      { area: AREA, metric: 're-anchor after a text change, median per article', value: round(median(reanchors)), unit: 'ms', note: `${PER_ARTICLE} highlights each; ${fuzzy}/${edited.length * PER_ARTICLE} placed again` },
      { area: AREA, metric: 'global highlights list', value: round(globalMs), unit: 'ms', note: `${all.length} highlights` },
      { area: AREA, metric: 'quire anchor: 1,000 targets in a changed text', value: round(anchorMs), unit: 'ms' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

if (import.meta.url === `file://${process.argv[1]}`) run().then((rows) => console.table(rows));
