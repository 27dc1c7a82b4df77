// One writer per notebook: a lock folder (mkdir is atomic) holding owner.json (pid, host, what, since). A lock whose
// process is gone (same host, pid not alive), or whose heartbeat stopped (other host), is stale and taken over.

import { rmSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';

export const LOCK_DIR = '.quire.lock';
const OWNER_FILE = 'owner.json';
/** How often a holder touches its lock, and how long without a touch makes a lock from another host stale. */
const HEARTBEAT_MS = 30_000;
const FOREIGN_STALE_MS = 5 * 60_000;
/** A lock folder without an owner file is being created; older than this, it was left by a crash mid-creation. */
const HALF_MADE_STALE_MS = 10_000;

export interface LockOwner {
  pid: number;
  host: string;
  what: string; // "the desktop app", "quire serve", "quire import"
  since: string;
}

export class NotebookInUseError extends Error {
  constructor(readonly owner: LockOwner | null) {
    const who = owner ? `${owner.what} (pid ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`}, since ${owner.since})` : 'another Quire process';
    super(`This notebook is in use by ${who}; close it first, or use a read-only command (list, show, figures, search, dossier).`);
    this.name = 'NotebookInUseError';
  }
}

export interface NotebookLock {
  readonly owner: LockOwner;
  release(): Promise<void>;
}

/** What this process is, for another's "in use by" message: "the Quire desktop app", "quire serve", "main web mode". */
export function processLabel(argv = process.argv, versions: NodeJS.ProcessVersions = process.versions): string {
  if ('electron' in versions) return 'the Quire desktop app';
  const script = basename(argv[1] ?? 'quire').replace(/\.(c|m)?[jt]s$/, '');
  const command = argv.slice(2).find((a, i, rest) => !a.startsWith('-') && rest[i - 1] !== '--data');
  const isCli = script === 'quire' || script === 'cli'; // bin/quire.js, or the built out/main/cli.js
  return isCli && command ? `quire ${command}` : isCli ? 'quire' : `Quire (${script})`;
}

/** Takes the notebook's lock or throws NotebookInUseError naming the holder. */
export async function acquireLock(dataDir: string, what: string, now: () => Date = () => new Date()): Promise<NotebookLock> {
  await mkdir(dataDir, { recursive: true });
  const dir = join(dataDir, LOCK_DIR);
  const mine = heldHere.get(dir);
  if (mine) return share(dir, mine);
  const owner: LockOwner = { pid: process.pid, host: hostname(), what, since: now().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await mkdir(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const held = await readOwner(dir);
      if (!(await isStale(dir, held))) throw new NotebookInUseError(held);
      await breakLock(dir);
      continue;
    }
    await writeFile(join(dir, OWNER_FILE), JSON.stringify(owner));
    const held = { lock: holdLock(dir, owner), users: 0 };
    heldHere.set(dir, held);
    return share(dir, held);
  }
  throw new NotebookInUseError(await readOwner(dir));
}

/** Who holds the lock now, if anyone live does (for messages in read-only opens). */
export async function lockHolder(dataDir: string): Promise<LockOwner | null> {
  const dir = join(dataDir, LOCK_DIR);
  const held = await readOwner(dir);
  if (!held) return null;
  return (await isStale(dir, held)) ? null : held;
}

/** Locks this process holds, by folder: a second open in the same process shares the lock (the process is the unit). */
const heldHere = new Map<string, { lock: NotebookLock; users: number }>();

function share(dir: string, held: { lock: NotebookLock; users: number }): NotebookLock {
  held.users++;
  let done = false;
  return {
    owner: held.lock.owner,
    async release() {
      if (done) return;
      done = true;
      if (--held.users > 0) return;
      heldHere.delete(dir);
      await held.lock.release();
    },
  };
}

function holdLock(dir: string, owner: LockOwner): NotebookLock {
  let released = false;
  const beat = setInterval(() => {
    const t = new Date();
    void utimes(join(dir, OWNER_FILE), t, t).catch(() => undefined);
  }, HEARTBEAT_MS);
  beat.unref();
  // A process that ends without close() (process.exit, an uncaught error) still lets go; kill -9 leaves a stale lock.
  const onExit = () => {
    if (!released) rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  return {
    owner,
    async release() {
      if (released) return;
      released = true;
      clearInterval(beat);
      process.removeListener('exit', onExit);
      const current = await readOwner(dir);
      if (current && current.pid === owner.pid && current.since === owner.since) await rm(dir, { recursive: true, force: true });
    },
  };
}

async function readOwner(dir: string): Promise<LockOwner | null> {
  try {
    const o = JSON.parse(await readFile(join(dir, OWNER_FILE), 'utf8')) as Partial<LockOwner>;
    if (typeof o.pid !== 'number' || typeof o.host !== 'string') return null;
    return { pid: o.pid, host: o.host, what: String(o.what ?? 'another Quire process'), since: String(o.since ?? '?') };
  } catch {
    return null;
  }
}

async function isStale(dir: string, owner: LockOwner | null): Promise<boolean> {
  const ageOf = async (p: string) => Date.now() - (await stat(p)).mtimeMs;
  try {
    if (!owner) return (await ageOf(dir)) > HALF_MADE_STALE_MS;
    if (owner.host === hostname()) return owner.pid !== process.pid && !isAlive(owner.pid);
    return (await ageOf(join(dir, OWNER_FILE))) > FOREIGN_STALE_MS;
  } catch {
    return true; // the lock vanished while we looked: try again
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}

/** Moves a stale lock aside atomically before removing it, so two breakers never delete a fresh lock twice. */
async function breakLock(dir: string): Promise<void> {
  const aside = `${dir}.stale-${process.pid}-${Date.now().toString(36)}`;
  try {
    await rename(dir, aside);
  } catch {
    return; // someone else broke it first
  }
  await rm(aside, { recursive: true, force: true });
}
