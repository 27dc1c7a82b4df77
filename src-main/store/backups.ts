// Rolling backups of library.json + notebook.json under backups/<time>--<reason>/: at most hourly on write (24 kept)
// and one before every migration. Article bodies are immutable files: backups reference them, never copy them.

import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { realFs, type StoreFs, writeFileDurably } from './durable-file';
import { checkStoreFile, declaredVersion, type FileKind } from './schema';

export const STORE_FILES: Record<FileKind, string> = { library: 'library.json', notebook: 'notebook.json' };
export const HOURLY_KEEP = 24;
export const MIGRATION_KEEP = 5;
export const HOUR_MS = 60 * 60 * 1000;

export interface BackupInfo {
  dir: string;
  at: Date;
  reason: string;
  /** The store files it holds (a backup of a young notebook may have no notebook.json yet). */
  files?: string[];
}

/** A file-system-safe, sortable stamp: 2026-01-02T10-04-05-123Z. */
export function stampOf(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

function parseStamp(stamp: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  if (!m) return null;
  const d = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** Backups, newest first. */
export async function listBackups(dataDir: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(backupsDir(dataDir));
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const name of names) {
    const [stamp, reason = 'hourly'] = name.split('--');
    const at = parseStamp(stamp);
    if (at) out.push({ dir: join(backupsDir(dataDir), name), at, reason });
  }
  return out.sort((a, b) => b.at.getTime() - a.at.getTime() || b.dir.localeCompare(a.dir));
}

/** Copies the store files as they are on disk now into a new backup folder. */
export async function createBackup(dataDir: string, reason: string, at: Date, fs: StoreFs = realFs): Promise<BackupInfo | null> {
  const base = join(backupsDir(dataDir), `${stampOf(at)}--${reason.replace(/[^a-z0-9-]/gi, '-')}`);
  let dir = base;
  for (let n = 2; existsSync(dir); n++) dir = `${base}--${n}`; // two backups in one millisecond never share a folder
  const copied: string[] = [];
  for (const file of Object.values(STORE_FILES)) {
    let text: string;
    try {
      text = await readFile(join(dataDir, file), 'utf8');
    } catch {
      continue; // not written yet
    }
    await writeFileDurably(join(dir, file), text, fs);
    copied.push(file);
  }
  return copied.length ? { dir, at, reason, files: copied } : null;
}

/** The store files a backup folder holds. */
export async function filesIn(backup: BackupInfo): Promise<string[]> {
  const names = await readdir(backup.dir).catch(() => [] as string[]);
  return Object.values(STORE_FILES).filter((f) => names.includes(f));
}

/** Keeps the newest HOURLY_KEEP rolling backups and the newest MIGRATION_KEEP pre-migration ones. */
export async function pruneBackups(dataDir: string): Promise<void> {
  const all = await listBackups(dataDir);
  const migration = all.filter((b) => b.reason.startsWith('pre-migration'));
  const rolling = all.filter((b) => !b.reason.startsWith('pre-migration'));
  for (const b of [...rolling.slice(HOURLY_KEEP), ...migration.slice(MIGRATION_KEEP)]) {
    await rm(b.dir, { recursive: true, force: true });
  }
}

export interface Restorable {
  backup: BackupInfo;
  text: string;
  data: unknown;
}

/** The newest backup whose copy of `kind` parses and passes its schema (and is not from a newer Quire). */
export async function newestValidBackup(dataDir: string, kind: FileKind, maxVersion: number): Promise<Restorable | null> {
  for (const backup of await listBackups(dataDir)) {
    let text: string;
    try {
      text = await readFile(join(backup.dir, STORE_FILES[kind]), 'utf8');
    } catch {
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      continue;
    }
    if ((declaredVersion(raw) ?? Infinity) > maxVersion) continue;
    const checked = checkStoreFile(kind, raw);
    if (checked.ok) return { backup, text, data: checked.data };
  }
  return null;
}

/** Ids of the article bodies any backup's library still lists (their files must stay for the backup to restore). */
export async function bodiesReferencedByBackups(dataDir: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const backup of await listBackups(dataDir)) {
    try {
      const lib = JSON.parse(await readFile(join(backup.dir, STORE_FILES.library), 'utf8')) as { articles?: { id?: unknown }[] };
      for (const a of lib.articles ?? []) if (typeof a.id === 'string') ids.add(a.id);
    } catch {
      // an unreadable backup restores nothing, so it holds no body
    }
  }
  return ids;
}
