import { spawn } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, isAlive, LOCK_DIR, lockHolder, NotebookInUseError, processLabel } from './lock';
import { openLowdbStore } from './lowdb-store';
import { note, tempDir } from './test-fixtures';

/** The pid of a process that has ended (spawned, waited for). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.on('exit', r));
  return child.pid!;
}

async function fakeLock(dir: string, owner: object): Promise<void> {
  await mkdir(join(dir, LOCK_DIR), { recursive: true });
  await writeFile(join(dir, LOCK_DIR, 'owner.json'), JSON.stringify(owner));
}

describe('one writer per notebook', () => {
  it('refuses a second writer in another process, naming it; read-only opens still read', async () => {
    const dir = await tempDir();
    // A live process (this test's parent) holds the lock as far as the files say.
    await fakeLock(dir, { pid: process.ppid, host: hostname(), what: 'quire serve', since: '2026-03-01T08:00:00.000Z' });
    const err = await openLowdbStore(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotebookInUseError);
    expect((err as Error).message).toBe(
      `This notebook is in use by quire serve (pid ${process.ppid}, since 2026-03-01T08:00:00.000Z); close it first, or use a read-only command (list, show, figures, search, dossier).`,
    );
    expect((err as Error).message).not.toContain('\n');
    const reader = await openLowdbStore(dir, { readOnly: true });
    expect(reader.readOnly).toBe(true);
    expect((await lockHolder(dir))?.what).toBe('quire serve');
  });

  it('takes over a lock left by a process that died (kill -9)', async () => {
    const dir = await tempDir();
    const pid = await deadPid();
    expect(isAlive(pid)).toBe(false);
    await fakeLock(dir, { pid, host: hostname(), what: 'quire import', since: 'x' });
    const s = await openLowdbStore(dir, { openedBy: 'test' });
    await s.update((d) => d.notes.push(note('n1')));
    expect((await lockHolder(dir))?.pid).toBe(process.pid);
    await s.close();
    expect(await lockHolder(dir)).toBeNull();
    expect(await readdir(dir)).not.toContain(LOCK_DIR);
  });

  it('refuses while a lock from another host is fresh', async () => {
    const dir = await tempDir();
    await fakeLock(dir, { pid: 1, host: 'other-machine', what: 'Quire', since: 'x' });
    await expect(acquireLock(dir, 'me')).rejects.toThrow(/in use by Quire \(pid 1 on other-machine/);
  });

  it('is released on close and shared by two opens in one process', async () => {
    const dir = await tempDir();
    const a = await openLowdbStore(dir);
    const b = await openLowdbStore(dir);
    await a.close();
    expect((await lockHolder(dir))?.pid).toBe(process.pid); // b still holds it
    await b.update((d) => d.notes.push(note('n1')));
    await b.close();
    expect(await lockHolder(dir)).toBeNull();
  });

  it('close() waits for pending writes', async () => {
    const dir = await tempDir();
    const s = await openLowdbStore(dir);
    const pending = Array.from({ length: 5 }, (_, i) => s.update((d) => d.notes.push(note(`n${i}`))));
    await s.close();
    const reopened = await openLowdbStore(dir, { readOnly: true });
    expect(reopened.data.notes).toHaveLength(5);
    await Promise.all(pending);
  });

  it('names the process that holds the lock', () => {
    expect(processLabel(['node', '/opt/quire/bin/quire.js', '--data', 'x', 'serve'], process.versions)).toBe('quire serve');
    expect(processLabel(['node', '/opt/quire/bin/quire.js', 'import', 'a.txt'], process.versions)).toBe('quire import');
    expect(processLabel(['node', '/x/out/main/cli.js', '--data', 'd', 'import', 'f.txt'], process.versions)).toBe('quire import');
    expect(processLabel(['node', '/x/out/main/server.js'], process.versions)).toBe('Quire (server)');
    expect(processLabel(['electron', '.'], { ...process.versions, electron: '45.4.1' })).toBe('the Quire desktop app');
  });
});
