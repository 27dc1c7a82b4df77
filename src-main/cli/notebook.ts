// Opens the notebook a CLI command works on (--data, QUIRE_DATA, or the desktop app's folder). Never seeds.

import type { Command } from 'commander';
import { bootNotebook } from '../services/boot';
import type { Services } from '../services/index';
import { resolveDataDir } from '../store/paths';
import type { GlobalOptions } from './output';

export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

export async function openForCli(cmd: Command, opts: { readOnly?: boolean } = {}): Promise<Services> {
  const dataDir = resolveDataDir(globals(cmd).data);
  return bootNotebook({ dataDir, seed: false, readOnly: opts.readOnly });
}
