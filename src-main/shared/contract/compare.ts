// Contract of the compare feature: its methods' zod input schemas and output types (merged into api.ts).

export const compareInputs = {} as const;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CompareOutputs {}
