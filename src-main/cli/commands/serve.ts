// quire serve: web mode on 127.0.0.1 with a session token; prints the URL to open.

import { Command } from 'commander';
import { resolveDataDir } from '../../store/paths';
import { UserError } from '../../shared/result';
import { globals } from '../notebook';
import { runCommand } from '../output';

export interface ServeOptions {
  port?: string;
  token?: string;
  seed?: boolean;
}

export function registerServeCommand(program: Command, appDir: string): void {
  program
    .command('serve')
    .description('run Quire in the browser (web mode), on 127.0.0.1 only')
    .option('--port <n>', 'port (0 picks a free one)', '0')
    .option('--token <t>', 'session token (default: a fresh random one)')
    .option('--no-seed', 'do not open a fresh notebook with the sample corpus')
    .action((o: ServeOptions, cmd: Command) =>
      runCommand(async () => {
        const port = Number(o.port ?? 0);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`Bad port ${o.port}`);
        if (o.token !== undefined && o.token.length < 22) throw new UserError('A token must be at least 22 characters (128 bits).');
        // fastify and its plugins load only for this command: list, show and search start without them
        const [{ newToken }, { startWebServer }] = await Promise.all([import('../../server/security'), import('../../server/start')]);
        await startWebServer({
          dataDir: resolveDataDir(globals(cmd).data),
          appDir,
          port,
          token: o.token ?? newToken(),
          seed: o.seed !== false,
        });
      }),
    );
}
