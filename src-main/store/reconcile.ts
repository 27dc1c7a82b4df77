// After a file was restored from a backup, library.json and notebook.json may disagree about articles: one deleted
// after the backup is then in neither the library nor the trash. Such bodies go back to the trash, never lost.
// Also the body sweep of an emptied trash, which must spare every body a backup may still need.

import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { listBackups, STORE_FILES } from './backups';
import type { ArticleMeta, TrashItem } from './types';

/** Trash entries for article bodies on disk that neither the library nor the trash lists, with their metadata
 *  taken from the newest backup that still lists them (bodies no backup names are left alone). */
export async function strayArticles(dataDir: string, known: ReadonlySet<string>, at: Date): Promise<TrashItem[]> {
  const names = await readdir(join(dataDir, 'articles')).catch(() => [] as string[]);
  const stray = new Set(names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).filter((id) => !known.has(id)));
  const found: TrashItem[] = [];
  for (const backup of await listBackups(dataDir)) {
    if (stray.size === 0) break;
    let articles: ArticleMeta[] = [];
    try {
      articles = (JSON.parse(await readFile(join(backup.dir, STORE_FILES.library), 'utf8')) as { articles?: ArticleMeta[] }).articles ?? [];
    } catch {
      continue;
    }
    for (const meta of Array.isArray(articles) ? articles : []) {
      if (!meta || typeof meta.id !== 'string' || !stray.has(meta.id)) continue;
      stray.delete(meta.id);
      found.push({ kind: 'article', id: meta.id, title: String(meta.title ?? meta.id), deletedAt: at.toISOString(), item: meta });
    }
  }
  return found;
}

/** Deletes article bodies whose ids are not in `keep` (the library, the trash, every backup); returns how many. */
export async function deleteBodiesExcept(dataDir: string, keep: ReadonlySet<string>): Promise<number> {
  let removed = 0;
  for (const name of await readdir(join(dataDir, 'articles')).catch(() => [] as string[])) {
    if (!name.endsWith('.json') || keep.has(name.slice(0, -5))) continue;
    await rm(join(dataDir, 'articles', name), { force: true });
    removed++;
  }
  return removed;
}
