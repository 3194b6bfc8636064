import { z } from "zod";
import type { ArticleStatus } from "@/lib/auth/permissions";
import {
  dayParam,
  flagParam,
  listHref,
  pageParam,
  parseListQuery,
  searchParam,
} from "@/lib/manage/list-params";
import { EDITIONS, type Edition } from "@/lib/i18n/editions";
import type { ArticleType } from "./dto";

/**
 * The staff article list's query string, read leniently (the pieces are
 * lib/manage/list-params.ts). Pure, so pages, components and tests share it.
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
  "LIVE_BLOG",
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
  /** Only one edition's articles (English or Ukrainian). */
  edition: Edition | null;
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
  edition: null,
  section: null,
  author: null,
  mine: false,
  dateField: "updated",
  from: null,
  to: null,
  page: 1,
};

const slug = z.string().regex(/^[a-z0-9-]{1,120}$/);

const schema = z.object({
  q: searchParam(200),
  status: z.enum(EDITOR_STATUSES).nullable().catch(null),
  type: z.enum(EDITOR_TYPES).nullable().catch(null),
  edition: z.enum(EDITIONS).nullable().catch(null),
  section: z
    .union([z.literal(NO_SECTION), slug])
    .nullable()
    .catch(null),
  author: slug.nullable().catch(null),
  mine: flagParam,
  dateField: z.enum(["updated", "published"]).catch("updated"),
  from: dayParam,
  to: dayParam,
  page: pageParam(MAX_EDITOR_PAGE),
});

export function parseEditorListParams(
  raw: Record<string, string | string[] | undefined>,
): EditorListFilters {
  return parseListQuery(schema, EMPTY_FILTERS, raw);
}

/** The list's URL with only what is set, so links stay short and shareable. */
export function editorListHref(
  filters: EditorListFilters,
  overrides: Partial<EditorListFilters> = {},
): string {
  const merged = { ...filters, ...overrides };
  // Which date the range applies to says nothing without a range.
  const dateField = merged.from || merged.to ? merged.dateField : EMPTY_FILTERS.dateField;
  return listHref("/editor/articles", EMPTY_FILTERS, { ...merged, dateField });
}

/** Whether anything narrows the list (the page number does not). */
export function hasListFilters(filters: EditorListFilters): boolean {
  return Boolean(
    filters.q ||
    filters.status ||
    filters.type ||
    filters.edition ||
    filters.section ||
    filters.author ||
    filters.mine ||
    filters.from ||
    filters.to,
  );
}
