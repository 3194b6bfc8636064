import { z } from "zod";

/**
 * The search form's query string, read leniently: anything malformed is
 * dropped rather than refused, so a hand-edited URL still gets a page.
 */
const dateParam = z
  .string()
  .regex(/^(19|20|21)\d{2}-\d{2}-\d{2}$/)
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    // Rejects 2026-02-31 and the like, which Date would roll over.
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  });

export interface SearchParams {
  q: string;
  section: string | null;
  author: string | null;
  from: string | null;
  to: string | null;
  /** "relevance" (default) or "date", newest first. */
  sort: "relevance" | "date";
  page: number;
}

const MAX_QUERY = 200;
export const MAX_PAGE = 50;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

export function readSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  const slug = (value: string) => (/^[a-z0-9-]{1,120}$/.test(value) ? value : null);
  const date = (value: string) => (dateParam.safeParse(value).success ? value : null);
  const page = Number.parseInt(first(raw.page), 10);
  return {
    // Control characters (NUL among them) mean nothing in a search and
    // PostgreSQL refuses some of them outright.
    q: first(raw.q)
      .replace(/[\u0000-\u001f\u007f]/g, " ")
      .trim()
      .slice(0, MAX_QUERY),
    section: slug(first(raw.section)),
    author: slug(first(raw.author)),
    from: date(first(raw.from)),
    to: date(first(raw.to)),
    sort: first(raw.sort) === "date" ? "date" : "relevance",
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The URL of a search, keeping only what is set. */
export function searchHref(params: SearchParams, overrides: Partial<SearchParams> = {}): string {
  const merged = { ...params, ...overrides };
  const query = new URLSearchParams();
  if (merged.q) query.set("q", merged.q);
  if (merged.section) query.set("section", merged.section);
  if (merged.author) query.set("author", merged.author);
  if (merged.from) query.set("from", merged.from);
  if (merged.to) query.set("to", merged.to);
  if (merged.sort === "date") query.set("sort", "date");
  if (merged.page > 1) query.set("page", String(merged.page));
  const text = query.toString();
  return text ? `/search?${text}` : "/search";
}
