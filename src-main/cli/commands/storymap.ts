// quire network (who is named with whom) and quire timeline [--figure F] (dated events), over the notebook.

import type { Command } from 'commander';
import { globals, openForCli } from '../notebook';
import { pad, printJson, printLines, runCommand } from '../output';

export function registerStoryMapCommands(program: Command): void {
  program
    .command('network')
    .description('figures named together in one sentence or paragraph, with the passages that connect them')
    .option('--min-weight <n>', 'leave out lighter ties', (v) => Number.parseInt(v, 10))
    .option('--outlet <name...>', 'only articles from these outlets')
    .action((o: { minWeight?: number; outlet?: string[] }, cmd: Command) =>
      runCommand(async () => {
        const { storyMap } = await openForCli(cmd, { readOnly: true });
        const net = await storyMap.network({ minWeight: o.minWeight, outlets: o.outlet });
        if (globals(cmd).json) {
          return printJson({
            nodes: net.nodes.map((n) => ({ id: n.id, name: n.name, mentions: n.mentions, kind: n.kind })),
            edges: net.edges.map((e) => ({ a: e.a, b: e.b, weight: e.weight, passages: e.passages.map((p) => ({ articleId: p.articleId, start: p.start, end: p.end })) })),
          });
        }
        const names = new Map(net.nodes.map((n) => [n.id, n.name]));
        printLines([
          `${net.nodes.length} figures, ${net.edges.length} ties in ${net.articles} articles (${net.stories} stories)`,
          ...net.edges.map((e) => `${String(e.weight).padStart(4)}  ${pad(names.get(e.a) ?? e.a, 28)} — ${names.get(e.b) ?? e.b}`),
        ]);
      }),
    );

  program
    .command('timeline')
    .description('dated events read from the articles, oldest first')
    .option('--figure <figure>', 'only events whose sentence names this figure (id or any name)')
    .action((o: { figure?: string }, cmd: Command) =>
      runCommand(async () => {
        const { storyMap } = await openForCli(cmd, { readOnly: true });
        const events = await storyMap.timeline({ figure: o.figure });
        if (globals(cmd).json) {
          // date/end: the dated range (ISO); start and sentenceEnd: offsets of the sentence in the article's clean text
          return printJson(events.map((e) => ({
            date: e.date, end: e.end, precision: e.precision, text: e.text, articleId: e.articleId,
            start: e.sentence[0], sentenceEnd: e.sentence[1], figureIds: e.figureIds,
            expression: e.expression.text, reference: e.reference ? { date: e.reference.date, kind: e.reference.kind } : null,
          })));
        }
        printLines(events.map((e) => `${e.date === e.end ? e.date.padEnd(23) : `${e.date}..${e.end}`}  ${e.text.length > 110 ? `${e.text.slice(0, 109)}…` : e.text}`));
      }),
    );
}
