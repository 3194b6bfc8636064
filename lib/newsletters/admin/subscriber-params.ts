import { readListParams } from "@/lib/manage/list-params";

/**
 * The subscriber list's filters as they travel in the address (and to the
 * CSV export): `q` (part of an email), `newsletter` (an id), `status`.
 * Read leniently: anything unknown is simply no filter. Pure.
 */

export const SUBSCRIPTION_STATUSES = ["PENDING", "CONFIRMED", "UNSUBSCRIBED"] as const;
export type SubscriptionStatusFilter = (typeof SUBSCRIPTION_STATUSES)[number];

export interface SubscriberFilters {
  query: string;
  newsletterId: string;
  status: SubscriptionStatusFilter | "";
}

type Raw = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? "";

export function readSubscriberParams(raw: Raw): SubscriberFilters & { page: number } {
  const { query, page } = readListParams(raw);
  const newsletterId = first(raw.newsletter).trim();
  const status = first(raw.status).trim().toUpperCase();
  return {
    query: query.toLowerCase(),
    page,
    newsletterId: /^[a-z0-9_-]{1,64}$/i.test(newsletterId) ? newsletterId : "",
    status: (SUBSCRIPTION_STATUSES as readonly string[]).includes(status)
      ? (status as SubscriptionStatusFilter)
      : "",
  };
}

/** The query string for these filters (and page), without the "?". */
export function subscriberSearch(filters: SubscriberFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.query) params.set("q", filters.query);
  if (filters.newsletterId) params.set("newsletter", filters.newsletterId);
  if (filters.status) params.set("status", filters.status);
  if (page > 1) params.set("page", String(page));
  return params.toString();
}
