// Contract of the story map feature: the figure network, the timeline of dated events, and timeline corrections.

import { z } from 'zod';
import type { Network, RoleKind } from '../../core/network/types';
import type { TimelineEvent } from '../../core/timeline/types';
import { Id } from './schemas';

export type { Network, NetworkEdge, NetworkNode, RoleKind } from '../../core/network/types';
export type { TimelineEvent, Precision } from '../../core/timeline/types';

/** Colour and label of each kind of role: the map, its legend and the dossier's static SVG use the same. */
export const ROLE_STYLE: Record<RoleKind, { colour: string; label: string }> = {
  diplomat: { colour: '#2f6db5', label: 'Diplomat' },
  official: { colour: '#7b4fa0', label: 'Official' },
  military: { colour: '#b4462f', label: 'Military' },
  commentator: { colour: '#2e8b74', label: 'Commentator' },
  journalist: { colour: '#b8861b', label: 'Journalist' },
  activist: { colour: '#cc4f7c', label: 'Activist' },
  other: { colour: '#7d7d7d', label: 'Other' },
};

const Filter = {
  articleIds: z.array(Id).max(100_000).optional(),
  outlets: z.array(z.string().max(300)).max(1000).optional(),
  minWeight: z.number().int().min(1).max(1_000_000).optional(),
};

/** A passage as the map's edge panel and the timeline show it: its words and its citation. */
export interface CitedPassage {
  articleId: string;
  title: string;
  outlet: string | null;
  published: string | null;
  paragraph: number; // 1-based
  start: number;
  end: number;
  text: string;
  kind: 'sentence' | 'paragraph';
  alsoIn: { articleId: string; title: string }[]; // near-copies repeating it
  href: string; // #/article/<id>?at=<start>-<end>
}

export interface TimelineEntry extends TimelineEvent {
  title: string; // of the article
  outlet: string | null;
  paragraph: number;
  href: string;
  figures: { id: string; name: string }[];
}

export interface StoryFacets {
  outlets: { outlet: string; articles: number }[];
  articles: { id: string; title: string; outlet: string | null }[];
}

export const storyMapInputs = {
  storyNetwork: z.object({ ...Filter, maxNodes: z.number().int().min(1).max(100_000).optional() }).strict(),
  edgePassages: z.object({ ...Filter, a: Id, b: Id }).strict(),
  storyFacets: z.object({}).strict(),
  storyTimeline: z.object({ figure: Id.optional(), includeDismissed: z.boolean().optional(), limit: z.number().int().min(1).max(1_000_000).optional() }).strict(),
  editTimelineEvent: z
    .object({
      eventKey: z.string().min(1).max(400),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(), // null: back to the date read from the text
      end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
      dismissed: z.boolean().optional(),
    })
    .strict(),
} as const;

export interface StoryMapOutputs {
  storyNetwork: Network;
  edgePassages: CitedPassage[];
  storyFacets: StoryFacets;
  storyTimeline: TimelineEntry[];
  editTimelineEvent: { eventKey: string; date: string | null; end: string | null; dismissed: boolean };
}
