// quire dossier FIGURE --format pdf|md|html|json --out FILE, and quire dossier --all --format F --out DIR.

import { type Command, Option } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { UserError } from '../../shared/result';
import { globals, openForCli } from '../notebook';
import { printJson, printLines, runCommand } from '../output';

interface DossierOptions {
  format: 'pdf' | 'md' | 'html' | 'json';
  out?: string;
  all?: boolean;
  paper: 'A4' | 'Letter';
}

export function registerDossierCommands(program: Command): void {
  program
    .command('dossier')
    .description("export a figure's dossier (or every figure's, with --all)")
    .argument('[figure]', 'figure id or any of its names')
    .addOption(new Option('--format <format>', 'output format').choices(['pdf', 'md', 'html', 'json']).default('pdf'))
    .addOption(new Option('--paper <size>', 'paper size for PDF').choices(['A4', 'Letter']).default('A4'))
    .option('--out <path>', 'output file (a folder with --all)')
    .option('--all', "export every figure's dossier into the --out folder")
    .action((figure: string | undefined, o: DossierOptions, cmd: Command) =>
      runCommand(async () => {
        if (!o.out) throw new UserError('--out is required (a file, or a folder with --all)');
        if (!o.all && !figure) throw new UserError('name a figure (id or name), or use --all');
        const services = await openForCli(cmd, { readOnly: true });
        try {
          if (o.all) {
            const bar = process.stderr.isTTY && !globals(cmd).json ? new SingleBar({ format: 'dossiers [{bar}] {value}/{total}' }, Presets.shades_classic) : null;
            let started = false;
            const result = await services.dossiers.exportAll(o.out, o.format, o.paper, (done, total) => {
              if (bar && !started) (bar.start(total, 0), (started = true));
              bar?.update(done);
            });
            bar?.stop();
            if (globals(cmd).json) return printJson(result);
            printLines([...result.files.map((f) => f.file), `${result.files.length} dossiers written`]);
          } else {
            const result = await services.dossiers.exportToFile(figure!, o.format, o.out, o.paper);
            if (globals(cmd).json) return printJson(result);
            printLines([`wrote ${result.file}`]);
          }
        } finally {
          await services.dossiers.close();
        }
      }),
    );
}
