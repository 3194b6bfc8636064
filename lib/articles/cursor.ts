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

/** The cursor in a `?before=` parameter, or null for anything malformed. */
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
