// The progress bar `quire import` draws on a terminal: cli-progress on stderr, only when stderr is a TTY and not --json.

import { SingleBar } from 'cli-progress';
import type { ImportProgress } from '../services/import/run-import';

export interface ProgressSink {
  update(p: ImportProgress): void;
  stop(): void;
}

const NONE: ProgressSink = { update: () => undefined, stop: () => undefined };

/** A bar on `stream` when it is a terminal and the output is for people; otherwise nothing is drawn. */
export function importProgress(stream: NodeJS.WriteStream, json: boolean): ProgressSink {
  if (json || !stream.isTTY) return NONE;
  const bar = new SingleBar({
    stream,
    format: 'importing {bar} {value}/{total} files  {file}',
    barsize: 30,
    hideCursor: true,
    clearOnComplete: true,
    fps: 10,
  });
  let started = false;
  return {
    update(p) {
      const file = (p.current ?? '').split(/[\\/]/).pop() ?? '';
      const shown = file.length > 40 ? `…${file.slice(-39)}` : file;
      if (!started) {
        bar.start(Math.max(p.total, 1), p.done, { file: shown });
        started = true;
      }
      bar.setTotal(Math.max(p.total, 1));
      bar.update(p.done, { file: shown });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
