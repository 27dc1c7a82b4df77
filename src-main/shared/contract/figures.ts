// Contract of the figures feature: its methods' zod input schemas and output types (merged into api.ts).

export const figureInputs = {} as const;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FigureOutputs {}
