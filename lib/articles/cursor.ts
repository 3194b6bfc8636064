/**
 * Keyset pagination for story lists: a cursor names the last story shown
 * (publication time and id), so "older stories" stays fast however deep a
 * reader goes and never skips or repeats a story when new ones arrive.
 */
export interface StoryCursor {
  publishedAt: Date;
  id: string;
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function encodeCursor(cursor: StoryCursor): string {
  return `${cursor.publishedAt.getTime().toString(36)}.${cursor.id}`;
}

/**
 * The address of the stories older than a cursor: a path, not a query, so
 * that every page of a list is a page of its own in the full-route cache.
 */
export function olderPath(basePath: string, cursor: string): string {
  return `${basePath === "/" ? "" : basePath}/older/${cursor}`;
}

/** A cursor from an address (or an old `?before=` link), or null for anything malformed. */
export function decodeCursor(value: string | string[] | undefined): StoryCursor | null {
  if (typeof value !== "string") return null;
  const dot = value.indexOf(".");
  if (dot <= 0) return null;
  const time = parseInt(value.slice(0, dot), 36);
  const id = value.slice(dot + 1);
  if (!Number.isSafeInteger(time) || time <= 0 || !ID_PATTERN.test(id)) return null;
  const publishedAt = new Date(time);
  return Number.isNaN(publishedAt.getTime()) ? null : { publishedAt, id };
}

/**
 * The page of a list an address asks for: the first (no cursor), the stories
 * before a cursor, or null when the cursor is malformed (a 404).
 */
export function listPosition(cursor: string | undefined): { before: StoryCursor | null } | null {
  if (cursor === undefined) return { before: null };
  const before = decodeCursor(cursor);
  return before ? { before } : null;
}
