// The Edit details form's values as an updateArticle patch: trimmed, empty fields as null, tags split; or why not.

export interface MetaForm {
  title: string;
  outlet: string;
  published: string;
  url: string;
  tags: string;
}

export type ArticlePatch = { title: string; outlet: string | null; published: string | null; url: string | null; tags: string[] };

/** The form's values as an updateArticle patch, or the first problem with them. */
export function toPatch(form: MetaForm): { ok: true; patch: ArticlePatch } | { ok: false; error: string } {
  const title = form.title.trim();
  if (!title) return { ok: false, error: 'The title cannot be empty.' };
  const published = form.published.trim();
  if (published && !/^\d{4}-\d{2}-\d{2}$/.test(published)) return { ok: false, error: 'The date must be a full date (YYYY-MM-DD).' };
  const url = form.url.trim();
  if (url && !/^https?:\/\/\S+$/i.test(url)) return { ok: false, error: 'The URL must start with http:// or https://.' };
  const tags = [...new Set(form.tags.split(',').map((t) => t.trim()).filter(Boolean))];
  return { ok: true, patch: { title, outlet: form.outlet.trim() || null, published: published || null, url: url || null, tags } };
}
