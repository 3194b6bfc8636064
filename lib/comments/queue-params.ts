import { z } from "zod";

export const QUEUE_STATUSES = ["PENDING", "APPROVED", "REJECTED", "SPAM", "ALL"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

const idParam = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/)
  .optional()
  .catch(undefined);

const queueParamsSchema = z.object({
  status: z.enum(QUEUE_STATUSES).catch("PENDING").default("PENDING"),
  q: z
    .string()
    .transform((value) =>
      value
        .replace(/[\u0000-\u001f\u007f]/g, "")
        .trim()
        .slice(0, 100),
    )
    .catch("")
    .default(""),
  article: idParam,
  reader: idParam,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type QueueParams = z.output<typeof queueParamsSchema>;

/** The moderation queue's filters from its address; a bad value falls back alone. */
export function readQueueParams(raw: Record<string, string | string[] | undefined>): QueueParams {
  const flat = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  return queueParamsSchema.parse(flat);
}

/** The queue's address for these filters (defaults left out). */
export function queueHref(params: Partial<QueueParams>): string {
  const search = new URLSearchParams();
  if (params.status && params.status !== "PENDING") search.set("status", params.status);
  if (params.q) search.set("q", params.q);
  if (params.article) search.set("article", params.article);
  if (params.reader) search.set("reader", params.reader);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const query = search.toString();
  return query ? `/editor/comments?${query}` : "/editor/comments";
}
