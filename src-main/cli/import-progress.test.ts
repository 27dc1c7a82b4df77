import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { importProgress } from './import-progress';

function fakeStream(isTTY: boolean) {
  let out = '';
  const w = new Writable({
    write(chunk, _enc, cb) {
      out += String(chunk);
      cb();
    },
  }) as unknown as NodeJS.WriteStream & { columns: number };
  Object.assign(w, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream: w, text: () => out };
}

describe('import progress on the terminal', () => {
  it('draws a bar with the count and the file on a TTY', () => {
    const { stream, text } = fakeStream(true);
    const p = importProgress(stream, false);
    p.update({ done: 3, total: 10, current: '/x/y/report.txt' });
    p.stop();
    expect(text()).toMatch(/3\/10 files\s+report\.txt/);
  });
  it('draws nothing when stderr is not a terminal, or with --json', () => {
    for (const [tty, json] of [[false, false], [true, true]] as const) {
      const { stream, text } = fakeStream(tty);
      const p = importProgress(stream, json);
      p.update({ done: 1, total: 2, current: 'a.txt' });
      p.stop();
      expect(text()).toBe('');
    }
  });
});
