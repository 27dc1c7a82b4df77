// A lowdb adapter that writes JSON durably: temp file, fsync, rename, fsync of the folder; reads name the file on error.

import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** The few file operations durable writes need; tests pass a failing one to simulate a full disk or a locked file. */
export interface StoreFs {
  mkdir: typeof nodeFs.mkdir;
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  unlink: typeof nodeFs.unlink;
  readFile: typeof nodeFs.readFile;
}

export const realFs: StoreFs = nodeFs;

export class CorruptFileError extends Error {
  constructor(readonly file: string, readonly detail: string) {
    super(`${basename(file)} is damaged (${detail})`);
    this.name = 'CorruptFileError';
  }
}

/** A write that did not reach the disk; the message says why in words (disk full, permission), for the user. */
export class StoreWriteError extends Error {
  constructor(readonly file: string, readonly code: string | undefined, cause: unknown) {
    super(`Could not save ${basename(file)}: ${reasonOf(code, cause)}. The change was not saved.`, { cause });
    this.name = 'StoreWriteError';
  }
}

function reasonOf(code: string | undefined, cause: unknown): string {
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full (ENOSPC)';
    case 'EDQUOT':
      return 'the disk quota is used up (EDQUOT)';
    case 'EPERM':
    case 'EACCES':
      return `permission denied (${code})`;
    case 'EROFS':
      return 'the disk is read-only (EROFS)';
    case 'EIO':
      return 'the disk reported an input/output error (EIO)';
    default:
      return String(cause instanceof Error ? cause.message : cause).split('\n')[0];
  }
}

/** The temp files of durable writes: `.<name>.<stamp>.tmp`, renamed into place once complete. */
const TEMP_FILE = /^\..+\.tmp$/;

/**
 * Removes from `dir` the temp files of writes a crash cut short (killed before the rename): never read, only disk
 * space. Call it only while holding the notebook's lock, on folders only the lock holder writes.
 */
export async function removeStaleTempFiles(dir: string): Promise<number> {
  let removed = 0;
  for (const name of await nodeFs.readdir(dir).catch(() => [] as string[])) {
    if (!TEMP_FILE.test(name)) continue;
    await nodeFs.rm(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

/** Write `data` to `file` so that a crash leaves either the old or the new content, never a mix. `data` may come in
 * parts (written one after another, so a large file needs no one string of it all). */
export async function writeFileDurably(file: string, data: string | Uint8Array | Iterable<string>, fs: StoreFs = realFs): Promise<void> {
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    const fh = await fs.open(tmp, 'w');
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await fh.writeFile(data);
      else for (const part of data) await fh.writeFile(part); // each from where the last ended
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.unlink(tmp).catch(() => undefined);
    throw new StoreWriteError(file, (err as NodeJS.ErrnoException).code, err);
  }
  await syncDir(dir, fs).catch((err: unknown) => {
    throw new StoreWriteError(file, (err as NodeJS.ErrnoException).code, err);
  });
}

/**
 * Write many files of one folder durably as a batch: each goes to a temp file and is fsynced (several at a time, so
 * the disk can group the flushes), then all are renamed and the folder is fsynced once. When this resolves every
 * file is on disk; a crash before that leaves old files or whole new ones, never a torn one.
 */
export async function writeFilesDurably(dir: string, files: { name: string; data: string | Uint8Array }[], fs: StoreFs = realFs, parallel = 16): Promise<void> {
  if (files.length === 0) return;
  const stamp = `${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const tmps = files.map((f, i) => join(dir, `.${f.name}.${stamp}.${i}.tmp`));
  let failed: string = dir;
  try {
    await fs.mkdir(dir, { recursive: true });
    await inParallel(files.length, parallel, async (i) => {
      failed = join(dir, files[i].name);
      const fh = await fs.open(tmps[i], 'w');
      try {
        await fh.writeFile(files[i].data);
        await fh.sync();
      } finally {
        await fh.close();
      }
    });
    await inParallel(files.length, parallel, (i) => fs.rename(tmps[i], join(dir, files[i].name)));
    failed = dir;
    await syncDir(dir, fs);
  } catch (err) {
    await Promise.all(tmps.map((t) => fs.unlink(t).catch(() => undefined)));
    throw new StoreWriteError(failed, (err as NodeJS.ErrnoException).code, err);
  }
}

/** Runs `task(0..n-1)`, at most `limit` at once; the first failure rejects (after the running tasks settle). */
async function inParallel(n: number, limit: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  let error: unknown = null;
  const worker = async () => {
    while (next < n && error === null) {
      try {
        await task(next++);
      } catch (err) {
        error ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker));
  if (error !== null) throw error;
}

async function syncDir(dir: string, fs: StoreFs): Promise<void> {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync on Windows
  const dh = await fs.open(dir, 'r');
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
}

/** JSON adapter for lowdb: durable writes, serialised so two writes never interleave, clear errors on corrupt files. */
export class DurableJSONFile<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve();
  /** The text last read from or written to disk: what a failed write rolls the in-memory data back to. */
  lastText: string | null = null;

  constructor(readonly file: string, private readonly pretty = false, private readonly fs: StoreFs = realFs) {}

  async read(): Promise<T | null> {
    let raw: string;
    try {
      raw = await this.fs.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    if (raw.trim() === '') throw new CorruptFileError(this.file, 'empty');
    let value: T;
    try {
      value = JSON.parse(raw) as T;
    } catch (err) {
      throw new CorruptFileError(this.file, (err as Error).message);
    }
    this.lastText = raw;
    return value;
  }

  write(data: T): Promise<void> {
    const text = this.pretty ? JSON.stringify(data, null, 1) : JSON.stringify(data);
    const next = this.queue.then(async () => {
      await writeFileDurably(this.file, text, this.fs);
      this.lastText = text;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Resolves when every write asked for so far has settled. */
  flush(): Promise<void> {
    return this.queue;
  }
}
