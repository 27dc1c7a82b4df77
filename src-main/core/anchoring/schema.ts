// Zod schemas for the `quire anchor` door: stdin {text, targets: Selector[][]} and the result array it prints.

import { z } from 'zod';

export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
});

export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'end must not be before start' });

export const selectorSchema = z.union([textQuoteSelectorSchema, textPositionSelectorSchema]);

/** The `quire anchor` input: a text and, for each target, its selectors. */
export const anchorInputSchema = z.object({
  text: z.string(),
  targets: z.array(z.array(selectorSchema)),
});
export type AnchorInput = z.infer<typeof anchorInputSchema>;

/** One element of the `quire anchor` output. */
export const anchorResultSchema = z.union([
  z.object({ start: z.number().int(), end: z.number().int(), score: z.number().min(0).max(1) }),
  z.object({ orphan: z.literal(true), score: z.number().min(0).max(1) }),
]);
export const anchorOutputSchema = z.array(anchorResultSchema);
