// CLI output: exactly one JSON value with --json, readable text otherwise; user mistakes as one line on stderr.

import { UserError } from '../shared/result';

export interface GlobalOptions {
  data?: string;
  json?: boolean;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLines(lines: string[]): void {
  if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
}

/** Runs a command body; any failure becomes one line on stderr and exit code 1 (2 for usage mistakes). */
export async function runCommand(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`quire: ${message.split('\n')[0]}\n`);
    if (process.env.QUIRE_DEBUG && !(err instanceof UserError) && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = err instanceof UserError ? 2 : 1;
  }
}

export function pad(s: string, n: number): string {
  return s.length >= n ? `${s.slice(0, n - 1)}…` : s.padEnd(n);
}
