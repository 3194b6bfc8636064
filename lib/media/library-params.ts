import { z } from "zod";

/**
 * The media library's query string, read leniently: a bad value drops that
 * one filter instead of failing the page, so old bookmarks still work.
 */
export interface MediaListFilters {
  /** Words in the alt text, caption or credit. */
  q: string;
  /** Only the signed-in staff member's uploads. */
  mine: boolean;
  /** Only images placed nowhere (candidates for deletion). */
  unused: boolean;
  /** Upload days (YYYY-MM-DD) in the newsroom's timezone, both inclusive. */
  from: string | null;
  to: string | null;
  page: number;
}

export const EMPTY_MEDIA_FILTERS: MediaListFilters = {
  q: "",
  mine: false,
  unused: false,
  from: null,
  to: null,
  page: 1,
};

export const MEDIA_PAGE_SIZE = 24;
export const MAX_MEDIA_PAGE = 500;

const day = z
  .string()
  .regex(/^(19|20|21)\d{2}-\d{2}-\d{2}$/)
  // Refuses 2026-02-31 and the like, which Date would roll over or refuse.
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  });

const flag = z
  .string()
  .transform((value) => value === "1" || value === "on")
  .catch(false);

const schema = z.object({
  q: z
    .string()
    // Control characters mean nothing in a search, and PostgreSQL refuses NUL.
    .transform((value) =>
      value
        .replace(/[\u0000-\u001f\u007f]/g, " ")
        .trim()
        .slice(0, 100),
    )
    .catch(""),
  mine: flag,
  unused: flag,
  from: day.nullable().catch(null),
  to: day.nullable().catch(null),
  page: z.coerce.number().int().min(1).max(MAX_MEDIA_PAGE).catch(1),
});

export function parseMediaListParams(
  raw: Record<string, string | string[] | undefined>,
): MediaListFilters {
  const first = (value: string | string[] | undefined) => {
    const single = (Array.isArray(value) ? value[0] : value)?.trim();
    return single ? single : null;
  };
  const keys = Object.keys(EMPTY_MEDIA_FILTERS) as (keyof MediaListFilters)[];
  const parsed = schema.parse(Object.fromEntries(keys.map((key) => [key, first(raw[key])])));
  // A range typed backwards is still a clear intent.
  const [from, to] =
    parsed.from && parsed.to && parsed.from > parsed.to
      ? [parsed.to, parsed.from]
      : [parsed.from, parsed.to];
  return { ...parsed, from, to };
}

/** The library's address with only what is set, so links stay short and shareable. */
export function mediaListHref(
  filters: MediaListFilters,
  overrides: Partial<MediaListFilters> = {},
): string {
  const merged = { ...filters, ...overrides };
  const query = new URLSearchParams();
  if (merged.q) query.set("q", merged.q);
  if (merged.mine) query.set("mine", "1");
  if (merged.unused) query.set("unused", "1");
  if (merged.from) query.set("from", merged.from);
  if (merged.to) query.set("to", merged.to);
  if (merged.page > 1) query.set("page", String(merged.page));
  const text = query.toString();
  return text ? `/editor/media?${text}` : "/editor/media";
}

export function hasMediaFilters(filters: MediaListFilters): boolean {
  return Boolean(filters.q || filters.mine || filters.unused || filters.from || filters.to);
}

/** Words typed, each to be found in the alt text, caption or credit (in any order). */
export function searchWords(query: string): string[] {
  return query.split(/\s+/).filter(Boolean).slice(0, 8);
}
