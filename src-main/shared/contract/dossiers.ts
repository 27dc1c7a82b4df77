// Contract of the dossiers feature: its methods' zod input schemas and output types (merged into api.ts).

export const dossierInputs = {} as const;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DossierOutputs {}
