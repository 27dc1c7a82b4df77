// Contract of the figures feature: listing figures, a figure's page, mentions for the reader, and curation.

import { z } from 'zod';
import type { Attribution, Decision, Figure, Mention } from '../model';
import { Id, empty } from './schemas';

export interface FigureSummary {
  id: string;
  name: string;
  aliases: string[];
  roles: Attribution[];
  quotes: Attribution[];
  articles: string[]; // ids of articles that mention the figure
  mentions: number;
  confidence: Figure['confidence'];
  origin: Figure['origin'];
  hidden: boolean;
}

export interface MentionInContext extends Mention {
  paragraph: number; // 1-based paragraph of the article
  before: string; // text before the mention, up to the sentence start
  after: string; // text after the mention, up to the sentence end
}

export interface FigureDetail {
  figure: FigureSummary;
  byArticle: { articleId: string; title: string; outlet: string | null; published: string | null; mentions: MentionInContext[] }[];
  related: { id: string; name: string; count: number }[]; // co-mentioned in the same paragraph
  suggestions: { otherId: string; otherName: string; reason: string; verdict: 'yes' | 'no' | 'unsure' | null }[];
}

const DecisionInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rename'), figureKey: Id, name: z.string().trim().min(1).max(200) }),
  z.object({ kind: z.literal('merge'), a: Id, b: Id, verdict: z.enum(['yes', 'no', 'unsure']) }),
  z.object({ kind: z.literal('split'), figureKey: Id, alias: z.string().trim().min(1).max(200) }),
  z.object({ kind: z.literal('not-a-person'), figureKey: Id }),
  z.object({
    kind: z.literal('add'),
    name: z.string().trim().min(1).max(200),
    aliases: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  }),
]);

export const figureInputs = {
  listFigures: z.object({ includeHidden: z.boolean().optional() }).strict(),
  getFigure: z.object({ id: Id }).strict(),
  articleMentions: z.object({ articleId: Id }).strict(),
  decideFigure: DecisionInput,
  listDecisions: empty,
  undoDecision: z.object({ id: Id }).strict(),
} as const;

export interface FigureOutputs {
  listFigures: FigureSummary[];
  getFigure: FigureDetail;
  articleMentions: (Mention & { name: string })[];
  decideFigure: { decision: Decision; figureId: string | null };
  listDecisions: Decision[];
  undoDecision: { removed: string };
}
