// The shape importers produce: an Article without the id and import time the storing service assigns.

import type { Article } from '../../shared/model';

export type ArticleDraft = Omit<Article, 'id' | 'importedAt'>;

export type ImportFileResult = { ok: true; draft: ArticleDraft } | { ok: false; file: string; reason: string };

/** What a format reader hands back before the common draft fields are filled in. */
export type FormatResult<T> = { ok: true; value: T } | { ok: false; reason: string };
