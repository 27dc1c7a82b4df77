// Story map speed at 10,000 articles (generateCorpus): per-article shapes (sentences, date expressions; computed
// once and cached), then the network and the timeline built from them and the figure analysis, as the app does.
// Times are CPU time of this process (user + system), so a busy machine does not inflate them.

import type { BenchRow } from './types';
import { generateCorpus } from './synthetic-corpus';

const N = 10_000;

export async function run(): Promise<BenchRow[]> {
  const figures = await import('../../src-main/core/figures/index');
  const network = await import('../../src-main/core/network/index');
  const timeline = await import('../../src-main/core/timeline/index');
  const corpus = generateCorpus(N);
  const articles = corpus.map((a, i) => {
    const paragraphs: [number, number][] = [];
    let at = 0;
    for (const line of a.text.split('\n')) {
      if (line.trim()) paragraphs.push([at, at + line.length]);
      at += line.length + 1;
    }
    return { id: `a${i}`, fileName: a.fileName, text: a.text, paragraphs, outlet: a.outlet, published: a.published, copyOf: a.copyOf };
  });
  const mb = articles.reduce((n, a) => n + a.text.length, 0) / 1e6;
  const byFile = new Map(articles.map((a) => [a.fileName, a.id]));
  const copies: Record<string, string[]> = {};
  for (const a of articles) {
    const src = a.copyOf && byFile.get(a.copyOf);
    if (!src) continue;
    (copies[a.id] ??= []).push(src);
    (copies[src] ??= []).push(a.id);
  }
  const analysis = figures.resolveFigures(articles.map((a) => figures.extractArticle({ id: a.id, text: a.text, published: a.published })), []);

  // one-time, cached per article in the app
  let t = cpuNow();
  const shapes = articles.map((a) => {
    const sentences = network.sentenceIndex(a.text, a.paragraphs);
    return { ...a, sentences, dates: timeline.extractDateExpressions(a.text, sentences) };
  });
  const shapeMs = cpuNow() - t;

  const input = {
    figures: analysis.figures.map((f) => ({ id: f.id, name: f.name, hidden: f.hidden, roles: f.roles.map((r) => r.text) })),
    mentions: analysis.mentions,
    articles: shapes.map((s) => ({ id: s.id, outlet: s.outlet, paragraphs: s.paragraphs, sentences: s.sentences })),
    copies,
  };
  network.buildNetwork(input, { maxNodes: 40 }); // warm up
  t = cpuNow();
  const net = network.buildNetwork(input);
  const networkMs = cpuNow() - t;
  t = cpuNow();
  const drawn = network.buildNetwork(input, { maxNodes: 40 });
  const drawnMs = cpuNow() - t;
  const payloadKb = JSON.stringify(drawn).length / 1024;

  const tlInput = { articles: shapes.map((s) => ({ id: s.id, published: s.published, expressions: s.dates })), mentions: analysis.mentions, copies };
  t = cpuNow();
  const events = timeline.buildTimeline(tlInput);
  const timelineMs = cpuNow() - t;
  t = cpuNow();
  const noDates = timeline.buildTimeline({ ...tlInput, articles: tlInput.articles.map((a) => ({ ...a, published: null })) });
  const inferredMs = cpuNow() - t;

  const note = `${N} articles, ${mb.toFixed(1)} MB`;
  return [
    { area: 'storymap', metric: 'shapes: sentences + dates (once, cached)', value: Math.round(shapeMs), unit: 'ms', note: `${(mb / (shapeMs / 1000)).toFixed(1)} MB/s, chrono-node on date-like sentences only` },
    { area: 'storymap', metric: 'network build, all figures', value: round(networkMs), unit: 'ms', target: '<= 2000 ms', pass: networkMs <= 2000, note: `${net.totalNodes} nodes, ${net.totalEdges} edges; ${note}` },
    { area: 'storymap', metric: 'network build, top 40 drawn', value: round(drawnMs), unit: 'ms', target: '<= 2000 ms', pass: drawnMs <= 2000, note: `${drawn.nodes.length} nodes, ${drawn.edges.length} edges, ${payloadKb.toFixed(0)} KB to the UI` },
    { area: 'storymap', metric: 'timeline build (published dates)', value: round(timelineMs), unit: 'ms', target: '<= 2000 ms', pass: timelineMs <= 2000, note: `${events.length} events` },
    { area: 'storymap', metric: 'timeline build (inferred references)', value: round(inferredMs), unit: 'ms', target: '<= 2000 ms', pass: inferredMs <= 2000, note: `${noDates.length} events` },
  ];
}

const round = (x: number) => Math.round(x * 10) / 10;
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

if (import.meta.url === `file://${process.argv[1]}`) run().then((rows) => console.table(rows));
