import { z } from "zod";
import {
  dayParam,
  flagParam,
  listHref,
  pageParam,
  parseListQuery,
  searchParam,
} from "@/lib/manage/list-params";

/**
 * The media library's query string, read leniently (the pieces are
 * lib/manage/list-params.ts).
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

const schema = z.object({
  q: searchParam(100),
  mine: flagParam,
  unused: flagParam,
  from: dayParam,
  to: dayParam,
  page: pageParam(MAX_MEDIA_PAGE),
});

export function parseMediaListParams(
  raw: Record<string, string | string[] | undefined>,
): MediaListFilters {
  return parseListQuery(schema, EMPTY_MEDIA_FILTERS, raw);
}

/** The library's address with only what is set, so links stay short and shareable. */
export function mediaListHref(
  filters: MediaListFilters,
  overrides: Partial<MediaListFilters> = {},
): string {
  return listHref("/editor/media", EMPTY_MEDIA_FILTERS, { ...filters, ...overrides });
}

export function hasMediaFilters(filters: MediaListFilters): boolean {
  return Boolean(filters.q || filters.mine || filters.unused || filters.from || filters.to);
}

/** Words typed, each to be found in the alt text, caption or credit (in any order). */
export function searchWords(query: string): string[] {
  return query.split(/\s+/).filter(Boolean).slice(0, 8);
}
