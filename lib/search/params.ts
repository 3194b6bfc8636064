import { z } from "zod";
import { MAX_PAGE, MAX_QUERY } from "./limits";

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
  /** The query asked for was longer than MAX_QUERY and was cut at a word boundary. */
  shortened: boolean;
  section: string | null;
  author: string | null;
  from: string | null;
  to: string | null;
  /** "relevance" (default) or "date", newest first. */
  sort: "relevance" | "date";
  page: number;
}

export { MAX_PAGE, MAX_QUERY };

/**
 * A query cut to MAX_QUERY characters at the last word boundary, so the
 * search never asks for half a word; a single word longer than that is cut
 * where it must be.
 */
export function shortenQuery(query: string): { q: string; shortened: boolean } {
  const characters = [...query];
  if (characters.length <= MAX_QUERY) return { q: query, shortened: false };
  const head = characters.slice(0, MAX_QUERY + 1).join("");
  const boundary = head.search(/\s\S*$/);
  const cut = boundary > 0 ? head.slice(0, boundary) : characters.slice(0, MAX_QUERY).join("");
  return { q: cut.trimEnd(), shortened: true };
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

export function readSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  const slug = (value: string) => (/^[a-z0-9-]{1,120}$/.test(value) ? value : null);
  const date = (value: string) => (dateParam.safeParse(value).success ? value : null);
  const page = Number.parseInt(first(raw.page), 10);
  // Control characters (NUL among them) mean nothing in a search and
  // PostgreSQL refuses some of them outright.
  const query = shortenQuery(
    first(raw.q)
      .replace(/[\u0000-\u001f\u007f]/g, " ")
      .trim(),
  );
  return {
    ...query,
    section: slug(first(raw.section)),
    author: slug(first(raw.author)),
    from: date(first(raw.from)),
    to: date(first(raw.to)),
    sort: first(raw.sort) === "date" ? "date" : "relevance",
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The URL of a search, keeping only what is set. */
export function searchHref(
  params: SearchParams,
  overrides: Partial<SearchParams> = {},
  basePath = "/search",
): string {
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
  return text ? `${basePath}?${text}` : basePath;
}

/** Values the form sends when a field is left alone: they change nothing, so they stay out of the address. */
const DEFAULTS: Record<string, string> = { sort: "relevance", page: "1" };

/**
 * The query string without the empty fields a plain GET form adds
 * (`section=&author=&from=&to=`) and without default values, or null when
 * there is nothing to drop. Everything else stays as it was asked.
 */
export function cleanSearchQuery(
  raw: Record<string, string | string[] | undefined>,
  basePath = "/search",
): string | null {
  const kept = new URLSearchParams();
  let dropped = false;
  const entries = Object.entries(raw).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(
      (v) => [key, v] as const,
    ),
  );
  for (const [key, value] of entries) {
    if (value.trim() === "" || DEFAULTS[key] === value) dropped = true;
    else kept.append(key, value);
  }
  if (!dropped) return null;
  const text = kept.toString();
  return text ? `${basePath}?${text}` : basePath;
}
