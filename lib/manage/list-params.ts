import { z } from "zod";

/** The `q` and `page` of a management list's address, read leniently. */
export function readListParams(raw: Record<string, string | string[] | undefined>): {
  query: string;
  page: number;
} {
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value) ?? "";
  // Control characters mean nothing in a filter, and PostgreSQL refuses NUL.
  const query = first(raw.q)
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 100);
  const page = Number.parseInt(first(raw.page), 10);
  return { query, page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1 };
}

/*
 * Pieces for a filtered list's query string (the article list, the media
 * library). Each filter is read leniently: a bad value drops that one filter
 * instead of failing the page, so a stale bookmark or a hand-edited address
 * still shows a list.
 */

/** Search words, at most `max` characters; "" for none. */
export const searchParam = (max: number) =>
  z
    .string()
    // Control characters mean nothing in a search, and PostgreSQL refuses NUL.
    .transform((value) =>
      value
        .replace(/[\u0000-\u001f\u007f]/g, " ")
        .trim()
        .slice(0, max),
    )
    .catch("");

/** A calendar day, YYYY-MM-DD, or null. */
export const dayParam = z
  .string()
  .regex(/^(19|20|21)\d{2}-\d{2}-\d{2}$/)
  // Refuses 2026-02-31 and the like, which Date would roll over.
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  })
  .nullable()
  .catch(null);

/** A ticked checkbox ("on") or a link's "1". */
export const flagParam = z
  .string()
  .transform((value) => value === "1" || value === "on")
  .catch(false);

/** A page number from 1 to `max`; deep offsets get slow and nobody pages that far. */
export const pageParam = (max: number) => z.coerce.number().int().min(1).max(max).catch(1);

/**
 * The page of a list to show: the one asked for, kept within the pages
 * `total` rows make (always at least one), with the rows to skip and take.
 */
export function pageWindow(total: number, size: number, asked: number) {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(asked) || 1), pageCount);
  return { page, pageCount, skip: (page - 1) * size, take: size };
}

/**
 * A list's address with only the filters that differ from their empty
 * values, in `empty`'s order, so links stay short and shareable; a ticked
 * flag is written as "1".
 */
export function listHref<T extends { [K in keyof T]: string | number | boolean | null }>(
  path: string,
  empty: T,
  filters: T,
): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(empty) as (keyof T & string)[]) {
    const value = filters[key];
    if (value === empty[key] || value === null || value === "" || value === false) continue;
    query.set(key, value === true ? "1" : String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Reads the filters named by `empty`'s keys from a query string with
 * `schema`. A day range typed backwards is still a clear intent, so it is
 * turned round.
 */
export function parseListQuery<T extends { from: string | null; to: string | null }>(
  schema: { parse: (input: unknown) => T },
  empty: T,
  raw: Record<string, string | string[] | undefined>,
): T {
  const input = Object.fromEntries(Object.keys(empty).map((key) => [key, firstParam(raw[key])]));
  const parsed = schema.parse(input);
  const [from, to] =
    parsed.from && parsed.to && parsed.from > parsed.to
      ? [parsed.to, parsed.from]
      : [parsed.from, parsed.to];
  return { ...parsed, from, to };
}

/** The first of a repeated parameter; an empty field from a GET form is "not set". */
function firstParam(value: string | string[] | undefined): string | null {
  const single = (Array.isArray(value) ? value[0] : value)?.trim();
  return single ? single : null;
}
