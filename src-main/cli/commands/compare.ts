// quire compare A B: two articles (notebook ids, unique id prefixes, or files read without touching the notebook)
// aligned passage by passage.

import { statSync } from 'node:fs';
import type { Command } from 'commander';
import type { AlignedPassage } from '../../core/compare';
import type { ArticleComparison, ComparedArticle } from '../../shared/contract/compare';
import { UserError } from '../../shared/result';
import { importers } from '../../services/articles';
import { compareTexts } from '../../services/compare';
import type { Services } from '../../services/index';
import { globals, openForCli } from '../notebook';
import { printJson, printLines, runCommand } from '../output';

export function registerCompareCommand(program: Command): void {
  program
    .command('compare')
    .description('align two articles passage by passage: same, variant, only in A, only in B')
    .argument('<a>', 'article id (or unique prefix) in the notebook, or a file')
    .argument('<b>', 'article id (or unique prefix) in the notebook, or a file')
    .action((a: string, b: string, _o, cmd: Command) =>
      runCommand(async () => {
        let services: Services | undefined;
        const notebook = async () => (services ??= await openForCli(cmd, { readOnly: true }));
        const result = isFile(a) || isFile(b)
          ? compareTexts(await side(a, notebook), await side(b, notebook))
          : await (await notebook()).compare.compareArticles(a, b);
        if (globals(cmd).json) {
          return printJson({
            similarity: result.similarity,
            a: { title: result.a.title, text: result.a.text },
            b: { title: result.b.title, text: result.b.text },
            passages: result.passages.map((p) => ({ a: p.a, b: p.b, kind: p.kind, similarity: p.similarity })),
          });
        }
        printLines(describe(result));
      }),
    );
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A file is read as an import would read it (no notebook write); anything else is a notebook id. */
async function side(arg: string, notebook: () => Promise<Services>): Promise<ComparedArticle> {
  if (isFile(arg)) {
    const read = await (await importers()).readImportFile(arg);
    if (!read.ok) throw new UserError(`Cannot read ${arg}: ${read.reason}`);
    const d = read.draft;
    return { id: null, title: d.title, outlet: d.outlet, published: d.published, text: d.text, paragraphs: d.paragraphs };
  }
  const services = await notebook();
  const article = await services.articles.get(services.compare.resolveId(arg));
  return { id: article.id, title: article.title, outlet: article.outlet, published: article.published, text: article.text, paragraphs: article.paragraphs };
}

const LABEL: Record<AlignedPassage['kind'], string> = { same: '=', variant: '~', 'only-a': '-', 'only-b': '+' };

/** Readable output: one line a passage; variants show A's words as [-x-] and B's as {+y+}. */
function describe(r: ArticleComparison): string[] {
  const counts = new Map<string, number>();
  for (const p of r.passages) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  const lines = [
    `A: ${r.a.title}`,
    `B: ${r.b.title}`,
    `similarity ${(r.similarity * 100).toFixed(0)}%${r.copies ? ' (flagged as copies)' : ''}; ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}`,
    '',
  ];
  for (const p of r.passages) {
    const body = p.kind === 'variant' ? inlineDiff(r, p) : p.a ? r.a.text.slice(...p.a) : r.b.text.slice(...p.b!);
    lines.push(`${LABEL[p.kind]} ${body.replace(/\s+/g, ' ')}`);
  }
  return lines;
}

function inlineDiff(r: ArticleComparison, p: AlignedPassage): string {
  let out = '';
  let at = p.a![0];
  for (const d of p.diff ?? []) {
    if (d.kind === 'same') {
      out += r.a.text.slice(at, d.a![1]);
      at = d.a![1];
    } else if (d.kind === 'a') {
      out += `${r.a.text.slice(at, d.a![0])}[-${r.a.text.slice(...d.a!)}-]`;
      at = d.a![1];
    } else {
      out += ` {+${r.b.text.slice(...d.b!)}+} `;
    }
  }
  return out + r.a.text.slice(at, p.a![1]);
}
