// Figure caches under cache/: per-article extractions in shards, people and candidates apart, each article's as JSON
// text, and the last resolved analysis keyed by its inputs. A reopened notebook reads only the analysis; a new article
// rewrites only its shard; the rejected candidates (60% of the bytes) are read only when a figure is added by hand.

import type { Analysis } from '../core/figures';
import { contentHash } from '../core/text/hash';
import { jsonParts } from '../store/json-parts';
import type { NotebookStore } from '../store/types';
import { jsonText, type PackedExtraction, type PackedJson } from './figures-packed';

export const SHARDS = 16;
const PEOPLE = (i: number) => `figure-people-${i.toString(16)}`;
const CANDIDATES = (i: number) => `figure-candidates-${i.toString(16)}`;
const ANALYSIS = 'figure-analysis';
/** The shards' layout: each article's extraction as JSON text (the older layout held objects). */
const LAYOUT = 'json-text';

interface Shard { version: string; byId: Record<string, string> }

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

async function readShard(store: NotebookStore, name: string, version: string): Promise<Record<string, string>> {
  const shard = await store.readCache<Shard>(name);
  return shard?.version === `${version}/${LAYOUT}` && shard.byId ? shard.byId : {};
}

async function readAll(store: NotebookStore, name: (i: number) => string, version: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < SHARDS; i++) for (const [id, json] of Object.entries(await readShard(store, name(i), version))) out.set(id, json);
  return out;
}

/** The people of every cached article of this version, as JSON text by article id. */
export function readPeople(store: NotebookStore, version: string): Promise<Map<string, string>> {
  return readAll(store, PEOPLE, version);
}

/** The candidates of every cached article of this version, as JSON text by article id. */
export function readCandidates(store: NotebookStore, version: string): Promise<Map<string, string>> {
  return readAll(store, CANDIDATES, version);
}

/**
 * Rewrites the shards holding `fresh` extractions: people from `people` (the articles in `keep`), candidates merged
 * into what the shard holds on disk (memory holds only the fresh ones). Other shards are not touched.
 */
export async function writeExtractions(store: NotebookStore, version: string, people: ReadonlyMap<string, PackedJson>,
  fresh: readonly PackedExtraction[], keep: ReadonlySet<string>): Promise<void> {
  const touched = new Set(fresh.map((ex) => shardOf(ex.articleId)));
  const tag = `${version}/${LAYOUT}`;
  for (const i of touched) {
    const ownPeople: Record<string, string> = {};
    for (const [id, p] of people) if (keep.has(id) && shardOf(id) === i) ownPeople[id] = jsonText(p);
    const candidates = await readShard(store, CANDIDATES(i), version);
    for (const id of Object.keys(candidates)) if (!keep.has(id)) delete candidates[id];
    for (const ex of fresh) if (shardOf(ex.articleId) === i) candidates[ex.articleId] = jsonText(ex.candidates);
    await store.writeCache(CANDIDATES(i), { version: tag, byId: candidates });
    await store.writeCache(PEOPLE(i), { version: tag, byId: ownPeople });
  }
}

/** The cached analysis when it was made from exactly these inputs. */
export async function readAnalysis(store: NotebookStore, key: string): Promise<Analysis | undefined> {
  const cached = await store.readCache<{ key: string; analysis: Analysis }>(ANALYSIS);
  return cached?.key === key ? cached.analysis : undefined;
}

/** Written in parts: at 10k the analysis is ~30 MB of JSON, not worth one string of it all. */
export async function writeAnalysis(store: NotebookStore, key: string, analysis: Analysis): Promise<void> {
  await store.writeCacheParts(ANALYSIS, jsonParts({ key, analysis }));
}
