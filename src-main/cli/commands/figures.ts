// quire analyze (files, no notebook) and quire figures (the notebook's figures).

import type { Command } from 'commander';
import { contentHash } from '../../core/text/hash';
import { figuresCore } from '../../services/figures';
import { importers } from '../../services/articles';
import { globals, openForCli } from '../notebook';
import { pad, printJson, printLines, runCommand } from '../output';

export function registerFigureCommands(program: Command): void {
  program
    .command('analyze')
    .description('find the people in files without adding them to a notebook')
    .argument('<paths...>', 'files or folders')
    .action((paths: string[], _o, cmd: Command) =>
      runCommand(async () => {
        const { collectFiles, readImportFile } = await importers();
        const { files, skipped } = await collectFiles(paths);
        const docs: { file: string; id: string; title: string; text: string; published: string | null }[] = [];
        for (const file of files) {
          const read = await readImportFile(file);
          if (!read.ok) skipped.push({ file: read.file, reason: read.reason });
          else docs.push({ file, id: contentHash(read.draft.text), title: read.draft.title, text: read.draft.text, published: read.draft.published });
        }
        for (const s of skipped) process.stderr.write(`quire: skipped ${s.file}: ${s.reason}\n`);
        const analysis = (await figuresCore()).analyzeArticles(docs);
        const articles = docs.map((d) => ({
          file: d.file, title: d.title, text: d.text,
          mentions: analysis.mentions
            .filter((m) => m.articleId === d.id)
            .sort((a, b) => a.start - b.start)
            .map((m) => ({ start: m.start, end: m.end, text: m.text, figureId: m.figureId })),
        }));
        const figures = analysis.figures
          .filter((f) => !f.hidden)
          .map((f) => ({ id: f.id, name: f.name, aliases: f.aliases, roles: f.roles.map((r) => r.text), quotes: f.quotes.map((q) => q.text), confidence: f.confidence }));
        if (globals(cmd).json) return printJson({ articles, figures });
        printLines(figures.map((f) => `${pad(f.name, 32)} ${f.aliases.length ? `aka ${f.aliases.join(', ')}` : ''}${f.roles.length ? ` — ${f.roles[0]}` : ''}`));
      }),
    );

  program
    .command('figures')
    .description('list the figures (people) in the notebook')
    .action((_o, cmd: Command) =>
      runCommand(async () => {
        const { figures } = await openForCli(cmd, { readOnly: true });
        const list = await figures.list();
        if (globals(cmd).json) {
          return printJson(list.map((f) => ({
            id: f.id, name: f.name, aliases: f.aliases, roles: f.roles.map((r) => r.text), quotes: f.quotes.map((q) => q.text),
            articles: f.articles, mentions: f.mentions, confidence: f.confidence,
          })));
        }
        printLines(list.map((f) => `${f.id}  ${pad(f.name, 30)} ${String(f.articles.length).padStart(3)} articles ${String(f.mentions).padStart(4)} mentions${f.roles.length ? `  ${f.roles[0].text}` : ''}`));
      }),
    );
}
