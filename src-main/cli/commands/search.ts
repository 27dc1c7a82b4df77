// quire search QUERY: full-text search of the notebook (articles, notes, highlights, figures), typos tolerated.

import { InvalidArgumentError, type Command } from 'commander';
import type { SearchHit, SearchKind } from '../../shared/contract/search';
import { globals, openForCli } from '../notebook';
import { pad, printJson, printLines, runCommand } from '../output';

const KINDS: SearchKind[] = ['article', 'note', 'highlight', 'figure'];

export function registerSearchCommand(program: Command): void {
  program
    .command('search')
    .description('search articles, notes, highlights and figures (misspellings and unfinished words are tolerated)')
    .argument('<query...>', 'words to find; "quoted words" must appear together')
    .option('--limit <n>', 'at most this many results (default 20)', positiveInt)
    .option('--kind <kind>', `only this kind of result: ${KINDS.join(', ')}`, kind)
    .action((words: string[], opts: { limit?: number; kind?: SearchKind }, cmd: Command) =>
      runCommand(async () => {
        const { search } = await openForCli(cmd, { readOnly: true });
        const hits = await search.search(words.join(' '), { limit: opts.limit ?? 20, filters: opts.kind ? { kinds: [opts.kind] } : undefined });
        if (globals(cmd).json) {
          printJson({
            results: hits.map((h) => ({ kind: h.kind, id: h.id, articleId: h.articleId ?? null, title: h.title, snippet: h.snippet, score: h.score })),
          });
        } else {
          printLines(hits.length === 0 ? ['No results.'] : hits.flatMap(describe));
        }
        await search.flush(); // an index built or updated here is saved, so the next search only loads it
      }),
    );
}

/** Two lines a hit: kind, id and title; then the snippet with its marked words in [brackets]. */
function describe(h: SearchHit): string[] {
  const at = h.start !== undefined ? `  @${h.start}-${h.end}` : '';
  return [`${pad(h.kind, 10)}${h.id.slice(0, 16)}  ${h.title.replace(/\s+/g, ' ').slice(0, 70)}${at}`, `          ${bracket(h.snippet, h.marks).replace(/\s+/g, ' ')}`];
}

function bracket(text: string, marks: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of marks) {
    out += `${text.slice(at, s)}[${text.slice(s, e)}]`;
    at = e;
  }
  return out + text.slice(at);
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('expected a whole number from 1 to 1000');
  return n;
}

function kind(v: string): SearchKind {
  if (!KINDS.includes(v as SearchKind)) throw new InvalidArgumentError(`expected one of ${KINDS.join(', ')}`);
  return v as SearchKind;
}
