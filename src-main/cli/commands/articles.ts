// quire import | list | show: the library from a terminal.

import type { Command } from 'commander';
import { UserError } from '../../shared/result';
import { importProgress } from '../import-progress';
import { openForCli, globals } from '../notebook';
import { pad, printJson, printLines, runCommand } from '../output';

export function registerArticleCommands(program: Command): void {
  program
    .command('import')
    .description('import files or folders (.txt, .md, .html, .pdf, .epub) into the notebook')
    .argument('<paths...>', 'files or folders')
    .action((paths: string[], _o, cmd: Command) =>
      runCommand(async () => {
        const { articles } = await openForCli(cmd);
        const progress = importProgress(process.stderr, !!globals(cmd).json);
        const report = await articles.importPaths(paths, { onProgress: (p) => progress.update(p) }).finally(() => progress.stop());
        if (globals(cmd).json) {
          printJson({ imported: report.imported, present: report.present, skipped: report.skipped });
          return;
        }
        printLines([
          ...report.imported.map((e) => `imported  ${e.id}  ${e.title}`),
          ...report.present.map((e) => `present   ${e.id}  ${e.title} (already in the notebook)`),
          ...report.skipped.map((e) => `skipped   ${e.file}: ${e.reason}`),
          `${report.imported.length} imported, ${report.present.length} already present, ${report.skipped.length} skipped`,
        ]);
      }),
    );

  program
    .command('list')
    .description('list the articles in the notebook')
    .action((_o, cmd: Command) =>
      runCommand(async () => {
        const { articles } = await openForCli(cmd, { readOnly: true });
        const list = await articles.list();
        if (globals(cmd).json) {
          printJson(list.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, published: a.published, words: a.words, copies: a.copies })));
          return;
        }
        printLines(list.map((a) => `${a.id}  ${pad(a.published ?? '', 10)}  ${pad(a.outlet ?? '', 14)}  ${a.title}${a.copies.length ? `  [copies: ${a.copies.join(', ')}]` : ''}`));
      }),
    );

  program
    .command('show')
    .description("print an article's clean text and metadata")
    .argument('<id>', 'article id (or a unique prefix)')
    .action((id: string, _o, cmd: Command) =>
      runCommand(async () => {
        const { articles, ctx } = await openForCli(cmd, { readOnly: true });
        const matches = ctx.store.listArticles().filter((a) => a.id === id || a.id.startsWith(id));
        if (matches.length !== 1) throw new UserError(matches.length ? `Id ${id} is ambiguous` : `No article with id ${id}`);
        const a = await articles.get(matches[0].id);
        if (globals(cmd).json) {
          printJson(a);
          return;
        }
        printLines([a.title, [a.outlet, a.published, a.byline].filter(Boolean).join(' · '), '', a.text]);
      }),
    );
}
