/** Shared by the server's schema and the editor's form, which must not load zod. */
export const CORRECTION_KINDS = ["CORRECTION", "CLARIFICATION", "UPDATE"] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export const NOTE_TEXT_LIMITS = { min: 10, max: 2000 } as const;
