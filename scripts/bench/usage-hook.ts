// A `--require` hook for benchmarked child processes: at exit it prints their CPU time and their own peak RSS.
//
// The peak is VmHWM of /proc/self/status (the high-water mark of this process's own memory since its exec). Node's
// resourceUsage().maxRSS is not used on Linux: the kernel carries the forked copy of the parent's RSS over the exec,
// so a child of a large bench process reported the parent's size (every CLI row read 504 MB).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HOOK = `process.on('exit', () => {
  const u = process.cpuUsage();
  let rssMb = process.resourceUsage().maxRSS / 1024;
  try {
    const kb = /VmHWM:\\s+(\\d+) kB/.exec(require('node:fs').readFileSync('/proc/self/status', 'utf8'));
    if (kb) rssMb = Number(kb[1]) / 1024;
  } catch {}
  process.stderr.write('\\nQUIRE_BENCH_USAGE ' + JSON.stringify({ cpuMs: (u.user + u.system) / 1000, rssMb }) + '\\n');
});
`;

/** Writes the hook into `dir` and returns its path (pass it as `--require <path>`). */
export function writeUsageHook(dir: string): string {
  const path = join(dir, 'usage-hook.cjs');
  writeFileSync(path, HOOK);
  return path;
}

/** The usage a hooked child printed on stderr, or undefined. */
export function readUsage(stderr: string): { cpuMs: number; rssMb: number } | undefined {
  const m = /QUIRE_BENCH_USAGE (\{.*\})/.exec(stderr);
  return m ? (JSON.parse(m[1]) as { cpuMs: number; rssMb: number }) : undefined;
}
