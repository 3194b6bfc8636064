import { z } from "zod";
import type { ArticleStatus } from "@/lib/auth/permissions";
import type { ArticleType } from "./dto";

/**
 * The staff article list's query string. Read leniently: a bad value drops
 * that one filter instead of failing the page, so a stale bookmark or a
 * hand-edited URL still shows a list. Pure, so pages, components and tests
 * share it.
 */

export const EDITOR_STATUSES = [
  "DRAFT",
  "IN_REVIEW",
  "SCHEDULED",
  "PUBLISHED",
  "UNPUBLISHED",
] as const satisfies readonly ArticleStatus[];

export const EDITOR_TYPES = [
  "NEWS",
  "ANALYSIS",
  "OPINION",
  "EDITORIAL",
  "FEATURE",
  "PAGE",
] as const satisfies readonly ArticleType[];

/** `section=` value for articles without a section (pages, unfinished drafts). */
export const NO_SECTION = "_none";

/** Deep offsets get slow and nobody pages that far; filters reach older work. */
export const MAX_EDITOR_PAGE = 200;

export interface EditorListFilters {
  /** Full-text query in web-search syntax; "" for none. */
  q: string;
  status: ArticleStatus | null;
  type: ArticleType | null;
  /** A section slug, or NO_SECTION. */
  section: string | null;
  /** An author (byline) slug. */
  author: string | null;
  /** Only the signed-in staff member's own work. */
  mine: boolean;
  /** Which time the date range applies to. */
  dateField: "updated" | "published";
  /** Calendar days (YYYY-MM-DD) in the newsroom's timezone, both inclusive. */
  from: string | null;
  to: string | null;
  page: number;
}

export const EMPTY_FILTERS: EditorListFilters = {
  q: "",
  status: null,
  type: null,
  section: null,
  author: null,
  mine: false,
  dateField: "updated",
  from: null,
  to: null,
  page: 1,
};

const MAX_QUERY = 200;

const day = z
  .string()
  .regex(/^(19|20|21)\d{2}-\d{2}-\d{2}$/)
  // Rejects 2026-02-31 and the like, which Date would roll over.
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  });

const slug = z.string().regex(/^[a-z0-9-]{1,120}$/);

const schema = z.object({
  q: z
    .string()
    // Control characters mean nothing in a search and PostgreSQL refuses some.
    .transform((value) =>
      value
        .replace(/[\u0000-\u001f\u007f]/g, " ")
        .trim()
        .slice(0, MAX_QUERY),
    )
    .catch(""),
  status: z.enum(EDITOR_STATUSES).nullable().catch(null),
  type: z.enum(EDITOR_TYPES).nullable().catch(null),
  section: z
    .union([z.literal(NO_SECTION), slug])
    .nullable()
    .catch(null),
  author: slug.nullable().catch(null),
  mine: z
    .string()
    .transform((value) => value === "1" || value === "on")
    .catch(false),
  dateField: z.enum(["updated", "published"]).catch("updated"),
  from: day.nullable().catch(null),
  to: day.nullable().catch(null),
  page: z.coerce.number().int().min(1).max(MAX_EDITOR_PAGE).catch(1),
});

function first(value: string | string[] | undefined): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  const trimmed = single?.trim();
  // An empty field from the GET form means "not set", like a missing one.
  return trimmed ? trimmed : undefined;
}

export function parseEditorListParams(
  raw: Record<string, string | string[] | undefined>,
): EditorListFilters {
  const keys = Object.keys(EMPTY_FILTERS) as (keyof EditorListFilters)[];
  const input = Object.fromEntries(keys.map((key) => [key, first(raw[key]) ?? null]));
  const parsed = schema.parse(input);
  // A range typed backwards is still a clear intent.
  const [from, to] =
    parsed.from && parsed.to && parsed.from > parsed.to
      ? [parsed.to, parsed.from]
      : [parsed.from, parsed.to];
  return { ...parsed, from, to };
}

/** The list's URL with only what is set, so links stay short and shareable. */
export function editorListHref(
  filters: EditorListFilters,
  overrides: Partial<EditorListFilters> = {},
): string {
  const merged = { ...filters, ...overrides };
  const query = new URLSearchParams();
  if (merged.q) query.set("q", merged.q);
  if (merged.status) query.set("status", merged.status);
  if (merged.type) query.set("type", merged.type);
  if (merged.section) query.set("section", merged.section);
  if (merged.author) query.set("author", merged.author);
  if (merged.mine) query.set("mine", "1");
  if (merged.from || merged.to) {
    if (merged.dateField !== "updated") query.set("dateField", merged.dateField);
    if (merged.from) query.set("from", merged.from);
    if (merged.to) query.set("to", merged.to);
  }
  if (merged.page > 1) query.set("page", String(merged.page));
  const text = query.toString();
  return text ? `/editor/articles?${text}` : "/editor/articles";
}

/** Whether anything narrows the list (the page number does not). */
export function hasListFilters(filters: EditorListFilters): boolean {
  return Boolean(
    filters.q ||
    filters.status ||
    filters.type ||
    filters.section ||
    filters.author ||
    filters.mine ||
    filters.from ||
    filters.to,
  );
}
