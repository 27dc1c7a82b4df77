// A lowdb adapter that writes JSON durably: temp file, fsync, rename, fsync of the folder; reads name the file on error.

import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

export class CorruptFileError extends Error {
  constructor(readonly file: string, detail: string) {
    super(`${basename(file)} is damaged (${detail})`);
    this.name = 'CorruptFileError';
  }
}

/** Write `data` to `file` so that a crash leaves either the old or the new content, never a mix. */
export async function writeFileDurably(file: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fh = await open(tmp, 'w');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await syncDir(dir);
}

async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync on Windows
  const dh = await open(dir, 'r');
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
}

/** JSON adapter for lowdb: durable writes, serialised so two writes never interleave, clear errors on corrupt files. */
export class DurableJSONFile<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve();
  constructor(readonly file: string, private readonly pretty = false) {}

  async read(): Promise<T | null> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    if (raw.trim() === '') throw new CorruptFileError(this.file, 'empty');
    try {
      return JSON.parse(raw) as T;
    } catch (err) {
      throw new CorruptFileError(this.file, (err as Error).message);
    }
  }

  write(data: T): Promise<void> {
    const text = this.pretty ? JSON.stringify(data, null, 1) : JSON.stringify(data);
    const next = this.queue.then(() => writeFileDurably(this.file, text));
    this.queue = next.catch(() => undefined);
    return next;
  }
}
