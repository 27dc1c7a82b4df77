// Schema migrations: MIGRATIONS[n] turns a version-n notebook (both files) into version n + 1, in place.
// The store backs both files up (reason "pre-migration-vN-to-vM") before running any, and writes once after.

import type { LibraryData, NotebookData } from './types';

export type Migration = (files: { library: LibraryData; notebook: NotebookData }) => void;

/** Keyed by the version a migration starts from. Version 1 is the first released shape: nothing to migrate yet. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 1: ({ library, notebook }) => { ...change shapes...; },   (then SCHEMA_VERSION = 2 in types.ts)
};

/** The migrations to run from `from` to `to`, in order; throws when a step is missing (a gap is a bug, not data). */
export function migrationPath(from: number, to: number, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): Migration[] {
  const steps: Migration[] = [];
  for (let v = from; v < to; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration from schema ${v} to ${v + 1}`);
    steps.push(step);
  }
  return steps;
}

/** Runs the steps and stamps both files with the target version. */
export function migrate(
  files: { library: LibraryData; notebook: NotebookData },
  from: number,
  to: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): void {
  for (const step of migrationPath(from, to, migrations)) step(files);
  files.library.schemaVersion = to;
  files.notebook.schemaVersion = to;
}
