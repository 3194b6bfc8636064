import { z } from "zod";

const id = z.string().trim().min(1).max(64);

export const restoreRevisionSchema = z.object({
  articleId: id,
  revisionId: id,
  /** The article version the person saw when they chose to restore. */
  version: z.coerce.number().int().min(1),
});

/** The history page's query: which page of the list, which two to compare, what to restore. */
export const historyParamsSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  from: id.optional().catch(undefined),
  to: id.optional().catch(undefined),
  restore: id.optional().catch(undefined),
  /** Set after a restore: the version it made, to show what happened. */
  restored: z.coerce.number().int().min(1).optional().catch(undefined),
});

export type HistoryParams = z.infer<typeof historyParamsSchema>;

/** Reads the history page's search parameters; anything malformed is ignored. */
export function parseHistoryParams(
  params: Record<string, string | string[] | undefined>,
): HistoryParams {
  const first = (value: string | string[] | undefined) =>
    Array.isArray(value) ? value[0] : value || undefined;
  return historyParamsSchema.parse({
    page: first(params.page),
    from: first(params.from),
    to: first(params.to),
    restore: first(params.restore),
    restored: first(params.restored),
  });
}
