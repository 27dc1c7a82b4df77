// Notes: Markdown pages with [[links]] to figures, articles and notes; tags; backlinks; delete with undo (trash).

import { randomUUID } from 'node:crypto';
import { backlinksTo, linkResolver, linksOf, type LinkResolver } from '../core/notes';
import type { BacklinksView, LinkTargetsView, NoteDetail } from '../shared/contract/highlights';
import type { Note } from '../shared/model';
import { UserError } from '../shared/result';
import { nowIso } from './context';
import type { FigureService } from './figures';
import type { HighlightService } from './highlights';
import type { BaseServices } from './index';

export type NotePatch = Partial<Pick<Note, 'title' | 'body' | 'tags'>>;

export class NoteService {
  constructor(
    private readonly deps: BaseServices & { figures: FigureService },
    private readonly highlights: HighlightService,
  ) {}

  private get store() {
    return this.deps.ctx.store;
  }

  /** Notes, most recently edited first; with a tag, only those carrying it. */
  list(tag?: string): Note[] {
    return this.store.data.notes.filter((n) => !tag || n.tags.includes(tag)).sort((a, b) => b.updated.localeCompare(a.updated));
  }

  async detail(id: string): Promise<NoteDetail> {
    const note = this.find(id);
    // Resolving needs the figures (an analysis of every article): skip it when no note links to anything.
    if (!this.store.data.notes.some((n) => n.body.includes('[['))) return { note, links: [], backlinks: [] };
    const resolver = await this.resolver();
    const back = backlinksTo('note', [id], this.store.data.notes, [], resolver);
    return { note, links: linksOf(note.body, resolver), backlinks: back.notes };
  }

  async create(input: { title: string; body?: string; tags?: string[] }): Promise<Note> {
    const now = nowIso(this.deps.ctx);
    const note: Note = { id: randomUUID(), title: input.title, body: input.body ?? '', tags: [...new Set(input.tags ?? [])], created: now, updated: now };
    await this.store.update((d) => {
      d.notes.push(note);
    });
    return note;
  }

  async update(id: string, patch: NotePatch): Promise<Note> {
    this.find(id);
    await this.store.update((d) => {
      const n = d.notes.find((x) => x.id === id)!;
      if (patch.title !== undefined) n.title = patch.title;
      if (patch.body !== undefined) n.body = patch.body;
      if (patch.tags) n.tags = [...new Set(patch.tags)];
      n.updated = nowIso(this.deps.ctx);
    });
    return this.find(id);
  }

  async delete(id: string): Promise<{ deleted: string }> {
    const note = this.find(id);
    await this.store.update((d) => {
      d.notes = d.notes.filter((n) => n.id !== id);
      d.trash = d.trash.filter((t) => !(t.kind === 'note' && t.id === id));
      d.trash.push({ kind: 'note', id, title: note.title, deletedAt: nowIso(this.deps.ctx), item: note });
    });
    return { deleted: id };
  }

  /** Notes and highlights that point at a figure (by any of its ids or names), an article, or a note. */
  async backlinks(kind: 'figure' | 'article' | 'note', id: string): Promise<BacklinksView> {
    const { notes, highlights } = this.store.data;
    // Resolving links needs the figures (an analysis of every article): skip it when nothing links anywhere.
    const anyLinks = notes.some((n) => n.body.includes('[[')) || highlights.some((h) => h.note.includes('[['));
    if (kind !== 'figure' && !anyLinks) return { notes: [], highlights: [] };
    let ids = [id];
    if (kind === 'figure') {
      const f = await this.deps.figures.find(id);
      if (f) ids = [f.id, ...(f.formerIds ?? [])];
    }
    const resolver = await this.resolver();
    const found = backlinksTo(kind, ids, this.store.data.notes, this.store.data.highlights, resolver);
    const wanted = new Set(found.highlights.map((h) => h.id));
    const articles = new Set(found.highlights.map((h) => h.articleId));
    const views = [];
    for (const articleId of articles) views.push(...(await this.highlights.list({ articleId })).filter((v) => wanted.has(v.id)));
    return { notes: found.notes, highlights: views };
  }

  /** Everything a [[link]] may name: for autocomplete in the editor and for rendering links. */
  async linkTargets(): Promise<LinkTargetsView> {
    const figures = (await this.deps.figures.list()).map((f) => ({ id: f.id, name: f.name, aliases: f.aliases }));
    const articles = this.store.listArticles().map((a) => ({ id: a.id, title: a.title }));
    const notes = this.store.data.notes.map((n) => ({ id: n.id, title: n.title }));
    return { figures, articles, notes };
  }

  private async resolver(): Promise<LinkResolver> {
    return linkResolver(await this.linkTargets());
  }

  private find(id: string): Note {
    const n = this.store.data.notes.find((x) => x.id === id);
    if (!n) throw new UserError(`No note ${id}`, 404);
    return n;
  }
}
