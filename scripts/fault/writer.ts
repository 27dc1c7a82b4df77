// Fault-injection writer: opens a notebook and saves changes in a loop, printing each one the store confirmed
// ("note <id>" or "article <id>") the moment its promise resolves. The fault test kills it with SIGKILL at random.
// Usage: node --import tsx scripts/fault/writer.ts <dataDir> <prefix> [max]

import { openLowdbStore } from '../../src-main/store/lowdb-store';
import type { Article } from '../../src-main/shared/model';

async function main(): Promise<void> {
  const [dataDir, prefix, maxArg] = process.argv.slice(2);
  if (!dataDir || !prefix) throw new Error('usage: writer.ts <dataDir> <prefix> [max]');
  const max = Number(maxArg ?? Infinity);
  const store = await openLowdbStore(dataDir, { openedBy: 'quire fault-writer' });
  process.stdout.write('open\n');
  for (let i = 0; i < max; i++) {
    const id = `${prefix}-${i}`;
    if (i % 5 === 4) {
      await store.addArticles([articleOf(id)]);
      process.stdout.write(`article ${id}\n`);
    } else {
      const now = new Date().toISOString();
      await store.update((d) => {
        d.notes.push({ id, title: `Note ${id}`, body: 'x'.repeat(200 + (i % 7) * 100), tags: [], created: now, updated: now });
      });
      process.stdout.write(`note ${id}\n`);
    }
  }
  await store.close();
}

function articleOf(id: string): Article {
  const text = `Article ${id}. `.repeat(50);
  return {
    id, title: `Article ${id}`, outlet: null, byline: null, published: null, url: null, tags: [], text,
    paragraphs: [[0, text.length]], words: 100, source: { fileName: `${id}.txt`, format: 'txt', content: text },
    importedAt: new Date().toISOString(),
  };
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
