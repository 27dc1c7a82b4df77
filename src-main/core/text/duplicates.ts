// Near-duplicate paragraphs inside one article: a repeated paragraph, or a garbled fragment of a later one.
//
// Each paragraph is reduced to word trigrams; a paragraph most of whose trigrams (>= CONTAINED) sit in one other,
// at-least-as-long paragraph is a copy of it. Of two equal copies the later goes; otherwise the shorter goes.

const CONTAINED = 0.75;
const MIN_WORDS = 6; // shorter paragraphs (cross-heads, "Reuters") repeat legitimately

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function trigrams(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < ws.length; i++) out.push(`${ws[i]} ${ws[i + 1]} ${ws[i + 2]}`);
  return out;
}

/** Indices of paragraphs that duplicate another one, each with the index of the paragraph it copies. */
export function findDuplicateParagraphs(paragraphs: string[]): { index: number; of: number }[] {
  const tokenized = paragraphs.map(words);
  const grams = tokenized.map((ws) => (ws.length >= MIN_WORDS ? trigrams(ws) : []));
  const lengths = tokenized.map((ws) => ws.length);
  const where = new Map<string, Set<number>>();
  grams.forEach((gs, i) => {
    for (const g of gs) {
      let set = where.get(g);
      if (!set) where.set(g, (set = new Set()));
      set.add(i);
    }
  });
  const out: { index: number; of: number }[] = [];
  const gone = new Set<number>();
  for (let i = 0; i < paragraphs.length; i++) {
    if (lengths[i] < MIN_WORDS || grams[i].length === 0) continue;
    const hits = new Map<number, number>();
    const own = new Set(grams[i]);
    for (const g of own) {
      const set = where.get(g) as Set<number>;
      if (set.size === 1) continue; // only this paragraph has it
      for (const j of set) if (j !== i && !gone.has(j)) hits.set(j, (hits.get(j) ?? 0) + 1);
    }
    const unique = own.size;
    for (const [j, n] of hits) {
      if (n / unique < CONTAINED) continue;
      const equalCopyLater = lengths[j] === lengths[i] && j < i;
      if (lengths[j] > lengths[i] || equalCopyLater) {
        out.push({ index: i, of: j });
        gone.add(i);
        break;
      }
    }
  }
  return out;
}
