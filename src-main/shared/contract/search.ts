// Contract of the search feature: its methods' zod input schemas and output types (merged into api.ts).

import { z } from 'zod';
import type { SearchHit, SearchKind } from '../../core/search/types';
import { Id } from './schemas';

export type { SearchHit, SearchKind };

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');

export const SearchFiltersSchema = z
  .object({
    kinds: z.array(z.enum(['article', 'note', 'highlight', 'figure'])).max(4).optional(),
    outlet: z.string().trim().min(1).max(200).optional(),
    figureId: Id.optional(),
    colour: z.number().int().min(0).max(4).optional(),
    tag: z.string().trim().min(1).max(60).optional(),
    from: Day.optional(),
    to: Day.optional(),
  })
  .strict();
export type SearchFiltersInput = z.infer<typeof SearchFiltersSchema>;

export const searchInputs = {
  /** Full-text search over articles, notes, highlights and figures; typos and unfinished last words are tolerated. */
  search: z
    .object({ q: z.string().max(500), limit: z.number().int().min(1).max(200).optional(), filters: SearchFiltersSchema.optional() })
    .strict(),
  /** Indexed words completing the last word of `prefix`, the most frequent first. */
  suggest: z.object({ prefix: z.string().max(200) }).strict(),
} as const;

export interface SearchOutputs {
  search: { results: SearchHit[] };
  suggest: string[];
}
