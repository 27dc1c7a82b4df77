// The costly part of a figure's dossier (what buildDossierBase reads from the article texts), kept in memory per
// figure under a key of everything it is built from, so a dossier is rebuilt from the texts only when one changes.

import { buildDossierBase, type DossierArticle, type DossierBase } from '../core/dossier';
import { contentHash } from '../core/text/hash';
import type { Figure, Mention } from '../shared/model';
import type { NotebookStore } from '../store/types';

/** Figures whose bases are kept: a user goes back and forth between a few dossiers; an export of all passes through. */
const KEEP = 8;
/** Article bodies read at once when a base is built (reads overlap; order is kept). */
const READ_AHEAD = 16;

export interface BaseInputs {
  analysisKey: string; // the figure analysis (article ids, decisions, algorithm version): figures, mentions, roles
  figure: Figure;
  figures: Figure[];
  own: Mention[]; // the figure's mentions
  mentions: (articleId: string) => Mention[]; // every figure's mentions in an article
  copies: Record<string, string[]>; // the same object while the near-copies are unchanged
}

interface Entry {
  analysisKey: string;
  copies: Record<string, string[]>;
  metaKey: string;
  base: DossierBase;
}

export class DossierBases {
  private readonly entries = new Map<string, Entry>(); // figure id -> entry, the latest used last

  constructor(private readonly store: NotebookStore) {}

  /**
   * The figure's base, built when the analysis, the near-copies or a cited article's title, outlet, date or file
   * name changed since the last one. Every article passed names the figure, so highlights never add a source.
   */
  async get(inputs: BaseInputs): Promise<DossierBase> {
    const { figure, own, copies, analysisKey } = inputs;
    const ids = [...new Set(own.map((m) => m.articleId))];
    const metaKey = this.metaKey(ids);
    const known = this.entries.get(figure.id);
    this.entries.delete(figure.id);
    if (known && known.analysisKey === analysisKey && known.copies === copies && known.metaKey === metaKey) {
      this.entries.set(figure.id, known);
      return known.base;
    }
    const articles = await this.read(ids);
    const base = buildDossierBase({
      figure,
      figures: inputs.figures,
      mentions: articles.flatMap((a) => inputs.mentions(a.id)),
      articles,
      copies,
    });
    if (this.entries.size >= KEEP) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(figure.id, { analysisKey, copies, metaKey, base });
    return base;
  }

  /** What the base shows of each article besides its text: a changed title or date rebuilds it. */
  private metaKey(ids: string[]): string {
    return contentHash(
      ids
        .map((id) => {
          const m = this.store.getMeta(id);
          return m ? `${id}\u0000${m.title}\u0000${m.outlet ?? '\u0001'}\u0000${m.published ?? '\u0001'}\u0000${m.fileName}` : id;
        })
        .join('\u0002'),
    );
  }

  /** The articles in `ids` order (missing ones left out), READ_AHEAD bodies read at a time. */
  private async read(ids: string[]): Promise<DossierArticle[]> {
    const out: (DossierArticle | undefined)[] = new Array(ids.length);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < ids.length; i = next++) {
        const a = await this.store.getArticle(ids[i]);
        if (a) out[i] = { id: a.id, title: a.title, outlet: a.outlet, published: a.published, text: a.text, paragraphs: a.paragraphs, source: { fileName: a.source.fileName } };
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_AHEAD, ids.length) }, worker));
    return out.filter((a): a is DossierArticle => !!a);
  }
}
