// Figure caches under cache/: per-article extractions in shards, people and candidates apart, and the last resolved
// analysis keyed by its inputs. A reopened notebook reads only the analysis; a new article rewrites only its shard;
// the rejected candidates (60% of the bytes) are read only when a figure is added by hand.

import type { Analysis, ArticleExtraction } from '../core/figures';
import { contentHash } from '../core/text/hash';
import type { NotebookStore } from '../store/types';

export const SHARDS = 16;
const PEOPLE = (i: number) => `figure-people-${i.toString(16)}`;
const CANDIDATES = (i: number) => `figure-candidates-${i.toString(16)}`;
const ANALYSIS = 'figure-analysis';

type People = Pick<ArticleExtraction, 'articleId' | 'version' | 'people'>;
type Candidates = ArticleExtraction['candidates'];
interface Shard<T> { version: string; byId: Record<string, T> }

/** Which shard an article id falls in (FNV-1a of the id, so any id works, hex or not). */
export function shardOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

/** The key of one analysis: the algorithm version, the articles (in order) and the decisions. */
export function analysisKey(version: string, articleIds: readonly string[], decisionIds: readonly string[]): string {
  return contentHash(`${version}|${articleIds.join(',')}|${decisionIds.join(',')}`);
}

async function readShard<T>(store: NotebookStore, name: string, version: string): Promise<Record<string, T>> {
  const shard = await store.readCache<Shard<T>>(name);
  return shard?.version === version && shard.byId ? shard.byId : {};
}

/** Every cached extraction of this version; candidates only when asked for (else each has `candidates: []`). */
export async function readExtractions(store: NotebookStore, version: string, withCandidates: boolean): Promise<Map<string, ArticleExtraction>> {
  const out = new Map<string, ArticleExtraction>();
  const shards = Array.from({ length: SHARDS }, (_, i) => i);
  await Promise.all(shards.map(async (i) => {
    const [people, candidates] = await Promise.all([
      readShard<People>(store, PEOPLE(i), version),
      withCandidates ? readShard<Candidates>(store, CANDIDATES(i), version) : Promise.resolve({} as Record<string, Candidates>),
    ]);
    for (const [id, p] of Object.entries(people)) out.set(id, { ...p, candidates: candidates[id] ?? [] });
  }));
  return out;
}

/** The candidates of every cached article, to fill in extractions read without them. */
export async function readCandidates(store: NotebookStore, version: string): Promise<Map<string, Candidates>> {
  const out = new Map<string, Candidates>();
  for (let i = 0; i < SHARDS; i++) for (const [id, c] of Object.entries(await readShard<Candidates>(store, CANDIDATES(i), version))) out.set(id, c);
  return out;
}

/** New candidates of one article: the list, or its JSON (kept as a string until written: a tenth of the memory at 10k). */
export interface FreshCandidates { articleId: string; candidates: Candidates | string }

/**
 * Rewrites the shards holding `fresh` extractions: people from `all` (the articles in `keep`), candidates merged into
 * what the shard holds on disk (memory may lack them). Other shards are not touched.
 */
export async function writeExtractions(store: NotebookStore, version: string, all: Map<string, ArticleExtraction>,
  fresh: FreshCandidates[], keep: Set<string>): Promise<void> {
  const touched = new Set(fresh.map((ex) => shardOf(ex.articleId)));
  for (const i of touched) {
    const people: Record<string, People> = {};
    for (const [id, ex] of all) if (keep.has(id) && shardOf(id) === i) people[id] = { articleId: ex.articleId, version: ex.version, people: ex.people };
    const candidates = await readShard<Candidates>(store, CANDIDATES(i), version);
    for (const id of Object.keys(candidates)) if (!keep.has(id)) delete candidates[id];
    for (const ex of fresh) {
      if (shardOf(ex.articleId) === i) candidates[ex.articleId] = typeof ex.candidates === 'string' ? JSON.parse(ex.candidates) as Candidates : ex.candidates;
    }
    await store.writeCache(CANDIDATES(i), { version, byId: candidates });
    await store.writeCache(PEOPLE(i), { version, byId: people });
  }
}

/** The cached analysis when it was made from exactly these inputs. */
export async function readAnalysis(store: NotebookStore, key: string): Promise<Analysis | undefined> {
  const cached = await store.readCache<{ key: string; analysis: Analysis }>(ANALYSIS);
  return cached?.key === key ? cached.analysis : undefined;
}

export async function writeAnalysis(store: NotebookStore, key: string, analysis: Analysis): Promise<void> {
  await store.writeCache(ANALYSIS, { key, analysis });
}
