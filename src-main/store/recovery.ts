// Loading a store file at start-up: a damaged one (empty, truncated, garbage, failing its schema) is set aside under
// "<file>.corrupt-<time>" and the newest valid backup restored, with a message for the user saying from when.

import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { newestValidBackup, STORE_FILES, stampOf } from './backups';
import { CorruptFileError, type DurableJSONFile, realFs, type StoreFs, writeFileDurably } from './durable-file';
import { checkStoreFile, declaredVersion, type FileKind } from './schema';
import { SCHEMA_VERSION } from './types';

export type Loaded<T> =
  | { state: 'ok'; data: T; version: number }
  | { state: 'missing' }
  | { state: 'newer'; data: T; version: number }
  | { state: 'recovered'; data: T; version: number; message: string }
  | { state: 'lost'; message: string };

export interface LoadOptions {
  dataDir: string;
  readOnly: boolean;
  now: Date;
  fs?: StoreFs;
  /** A missing file counts as damaged (the other file or backups show a notebook existed). */
  mustExist?: boolean;
}

/** Reads one store file through its adapter; recovers it from backups when it is damaged. */
export async function loadStoreFile<T>(kind: FileKind, adapter: DurableJSONFile<T>, opts: LoadOptions): Promise<Loaded<T>> {
  const problem = await readAndCheck(kind, adapter);
  if ('data' in problem) return problem;
  if (problem.missing && !opts.mustExist) return { state: 'missing' };
  return recover(kind, adapter, problem.missing ? 'missing' : problem.reason, opts);
}

type Checked<T> = { state: 'ok' | 'newer'; data: T; version: number } | { missing: true } | { missing: false; reason: string };

async function readAndCheck<T>(kind: FileKind, adapter: DurableJSONFile<T>): Promise<Checked<T>> {
  let raw: unknown;
  try {
    raw = await adapter.read();
  } catch (err) {
    if (err instanceof CorruptFileError) return { missing: false, reason: err.detail };
    throw err; // EACCES and the like: not damage, the user must fix it
  }
  if (raw === null) return { missing: true };
  const version = declaredVersion(raw);
  if (version !== undefined && version > SCHEMA_VERSION) return { state: 'newer', data: raw as T, version };
  const checked = checkStoreFile(kind, raw);
  if (!checked.ok) return { missing: false, reason: checked.reason };
  return { state: 'ok', data: checked.data as T, version: version ?? SCHEMA_VERSION };
}

async function recover<T>(kind: FileKind, adapter: DurableJSONFile<T>, reason: string, opts: LoadOptions): Promise<Loaded<T>> {
  const file = STORE_FILES[kind];
  const found = await newestValidBackup(opts.dataDir, kind, SCHEMA_VERSION);
  let aside = '';
  if (!opts.readOnly && reason !== 'missing') {
    const corrupt = `${file}.corrupt-${stampOf(opts.now)}`;
    await rename(join(opts.dataDir, file), join(opts.dataDir, corrupt));
    aside = `; the damaged file was kept as ${corrupt}`;
  }
  const what = reason === 'missing' ? `${file} was missing` : `${file} was damaged (${reason})${aside}`;
  if (!found) {
    adapter.lastText = null;
    return { state: 'lost', message: `${what}. No valid backup of it was found, so that part of the notebook starts empty.` };
  }
  if (!opts.readOnly) {
    await writeFileDurably(join(opts.dataDir, file), found.text, opts.fs ?? realFs);
    adapter.lastText = found.text;
  }
  const when = found.backup.at.toISOString().replace('T', ' ').slice(0, 16);
  const how = opts.readOnly ? 'Showing the backup' : 'Restored the backup';
  return {
    state: 'recovered',
    data: found.data as T,
    version: declaredVersion(found.data) ?? SCHEMA_VERSION,
    message: `${what}. ${how} from ${when} UTC; changes made after that time are lost.`,
  };
}
