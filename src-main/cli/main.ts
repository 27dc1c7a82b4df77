// quire: the command-line door. Parses arguments with commander and calls the services directly.

import { Command } from 'commander';
import { registerArticleCommands } from './commands/articles';
import { registerCompareCommand } from './commands/compare';
import { registerDossierCommands } from './commands/dossiers';
import { registerFigureCommands } from './commands/figures';
import { registerHighlightCommands } from './commands/highlights';
import { registerSearchCommand } from './commands/search';
import { registerServeCommand } from './commands/serve';
import { registerStoryMapCommands } from './commands/storymap';

export function buildProgram(appDir: string): Command {
  const program = new Command('quire')
    .description('Quire: an offline research notebook for news articles')
    .option('--data <dir>', 'notebook folder (default: $QUIRE_DATA, else the desktop app data folder)')
    .option('--json', 'print exactly one JSON value on stdout')
    .configureOutput({ outputError: (s, write) => write(s.split('\n')[0] + '\n') });
  registerArticleCommands(program);
  registerFigureCommands(program);
  registerHighlightCommands(program);
  registerDossierCommands(program);
  registerCompareCommand(program);
  registerSearchCommand(program);
  registerStoryMapCommands(program);
  registerServeCommand(program, appDir);
  return program;
}

const program = buildProgram(import.meta.dirname ?? process.cwd());
program.exitOverride((err) => {
  process.exit(err.exitCode === 0 ? 0 : 2);
});
program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`quire: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
