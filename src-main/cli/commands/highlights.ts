// quire anchor (re-anchor selectors in a text read from stdin, no notebook) and quire highlights (the notebook's).

import type { Command } from 'commander';
import { anchorInputSchema, anchorMany } from '../../core/anchoring';
import { UserError } from '../../shared/result';
import { globals, openForCli } from '../notebook';
import { pad, printJson, printLines, runCommand } from '../output';

export function registerHighlightCommands(program: Command): void {
  program
    .command('anchor')
    .description('anchor selectors in a text: stdin {"text","targets":[[selector,...],...]}, stdout one result per target')
    .action(() =>
      runCommand(async () => {
        const raw = await readStdin();
        let json: unknown;
        try {
          json = JSON.parse(raw);
        } catch {
          throw new UserError('stdin is not JSON: expected {"text": "...", "targets": [[selector, ...], ...]}');
        }
        const parsed = anchorInputSchema.safeParse(json);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new UserError(`bad anchor input: ${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`);
        }
        printJson(anchorMany(parsed.data.text, parsed.data.targets));
      }),
    );

  program
    .command('highlights')
    .description('list the highlights in the notebook, with their anchoring status')
    .action((_o, cmd: Command) =>
      runCommand(async () => {
        const { highlights } = await openForCli(cmd, { readOnly: true });
        const list = (await highlights.list({}, false)).map((h) => ({
          id: h.id, articleId: h.articleId, quote: h.quote, colour: h.colour, note: h.note, status: h.anchor.state,
        }));
        if (globals(cmd).json) return printJson(list);
        printLines(list.map((h) => `${h.id.slice(0, 8)}  ${pad(h.status, 7)} ${h.colour}  “${pad(h.quote.replace(/\s+/g, ' '), 60).trimEnd()}”${h.note ? `  — ${h.note.replace(/\s+/g, ' ').slice(0, 40)}` : ''}`));
      }),
    );
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new UserError('quire anchor reads its input from stdin');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
