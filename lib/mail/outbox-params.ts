import { readListParams } from "@/lib/manage/list-params";

/** The outbox list's filters, as they appear in its address. */
export const OUTBOX_FILTERS = ["queued", "sent", "failed", "kept"] as const;
export type OutboxFilter = (typeof OUTBOX_FILTERS)[number];

export const OUTBOX_FILTER_LABELS: Record<OutboxFilter, string> = {
  queued: "Waiting to send",
  sent: "Sent",
  failed: "Failed",
  kept: "Kept (no SMTP)",
};

export interface OutboxParams {
  status: OutboxFilter | null;
  /** Part of a recipient's address. */
  query: string;
  page: number;
}

/** Reads ?status=&q=&page= leniently: an unknown value drops only that filter. */
export function readOutboxParams(raw: Record<string, string | string[] | undefined>): OutboxParams {
  const { query, page } = readListParams(raw);
  const value = Array.isArray(raw.status) ? raw.status[0] : raw.status;
  const status = OUTBOX_FILTERS.find((filter) => filter === value) ?? null;
  return { status, query, page };
}

export function outboxHref(params: OutboxParams, page = params.page): string {
  const search = new URLSearchParams();
  if (params.status) search.set("status", params.status);
  if (params.query) search.set("q", params.query);
  if (page > 1) search.set("page", String(page));
  const text = search.toString();
  return text ? `/editor/outbox?${text}` : "/editor/outbox";
}
