import { dayParam, readListParams } from "@/lib/manage/list-params";
import type { MembershipStatus } from "./dto";

/**
 * The members list's filters as they travel in the address (and to the CSV
 * export): `q` (part of an email or name), `tier` (an id, or "none" for a
 * reader's own amount), `status`, `since` (joined on or after, YYYY-MM-DD).
 * Read leniently: anything unknown is simply no filter. Pure.
 */
export const MEMBER_STATUSES = ["ACTIVE", "PAST_DUE", "INCOMPLETE", "CANCELED", "NONE"] as const;

export interface MemberFilters {
  query: string;
  tierId: string;
  status: MembershipStatus | "";
  since: string | null;
}

type Raw = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? "";

export function readMemberParams(raw: Raw): MemberFilters & { page: number } {
  const { query, page } = readListParams(raw);
  const tierId = first(raw.tier).trim();
  const status = first(raw.status).trim().toUpperCase();
  return {
    query: query.toLowerCase(),
    page,
    tierId: /^[a-z0-9_-]{1,64}$/i.test(tierId) ? tierId : "",
    status: (MEMBER_STATUSES as readonly string[]).includes(status)
      ? (status as MembershipStatus)
      : "",
    since: dayParam.parse(first(raw.since) || null),
  };
}

/** The query string for these filters (and page), without the "?". */
export function memberSearch(filters: MemberFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.query) params.set("q", filters.query);
  if (filters.tierId) params.set("tier", filters.tierId);
  if (filters.status) params.set("status", filters.status);
  if (filters.since) params.set("since", filters.since);
  if (page > 1) params.set("page", String(page));
  return params.toString();
}
