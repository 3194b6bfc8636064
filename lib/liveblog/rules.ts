import type { StoryCursor } from "@/lib/articles/cursor";

/**
 * The live blog's pure rules: which updates readers see, in which order,
 * and how the stream is cut into pages. The queries turn the same rules
 * into filters; these functions decide for rows already loaded, and are
 * what the unit tests pin down.
 */

/** Updates on one page of the stream (pinned ones come on top of the first page). */
export const UPDATES_PER_PAGE = 20;
/** At most this many pinned updates head the page; older pins fall back into the stream. */
export const MAX_PINNED = 3;
/** The newest updates the open page's island is sent. */
export const LATEST_LIMIT = 20;

export type LiveUpdateStatus = "DRAFT" | "SCHEDULED" | "PUBLISHED";

export interface OrderedUpdate {
  id: string;
  status: LiveUpdateStatus;
  pinned: boolean;
  publishedAt: Date | null;
}

/**
 * Readers see an update that is published and whose time has come. A
 * scheduled update is published by the worker at its time; until then, and
 * in a draft, nothing of it is public.
 */
export function publicUpdateFilter(now: Date = new Date()) {
  return { status: "PUBLISHED" as const, publishedAt: { lte: now } };
}

export function isPublicUpdate(update: Omit<OrderedUpdate, "pinned" | "id">, now = new Date()) {
  return update.status === "PUBLISHED" && update.publishedAt !== null && update.publishedAt <= now;
}

/** Newest first; the id breaks a tie so that pages never skip or repeat an update. */
export function compareNewestFirst(
  a: { id: string; publishedAt: Date | null },
  b: { id: string; publishedAt: Date | null },
): number {
  const byTime = (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0);
  return byTime !== 0 ? byTime : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Whether an update comes after (is older than) the cursor in the stream. */
export function isBefore(update: { id: string; publishedAt: Date | null }, cursor: StoryCursor) {
  if (!update.publishedAt) return false;
  const time = update.publishedAt.getTime();
  const at = cursor.publishedAt.getTime();
  return time < at || (time === at && update.id < cursor.id);
}

/** The same keyset as `isBefore`, as a query filter. */
export function keysetFilter(before: StoryCursor | null) {
  if (!before) return {};
  return {
    OR: [
      { publishedAt: { lt: before.publishedAt } },
      { publishedAt: before.publishedAt, id: { lt: before.id } },
    ],
  };
}

/**
 * The pinned updates that head the first page: the newest few. Pinning
 * more than that lets the oldest pins fall back into the stream rather
 * than push the news below the fold.
 */
export function headPinned<T extends OrderedUpdate>(updates: readonly T[]): T[] {
  return updates
    .filter((update) => update.pinned)
    .sort(compareNewestFirst)
    .slice(0, MAX_PINNED);
}

export interface StreamPage<T> {
  /** Pinned updates, on the first page only. */
  pinned: T[];
  /** The stream, newest first, without the pinned updates shown above it. */
  updates: T[];
  /** The cursor of the next (older) page, or null on the last one. */
  older: StoryCursor | null;
}

/**
 * One page of the stream from public updates, as the query loads them: the
 * head's pinned updates on top of the first page (and left out of the
 * stream on every page, so nothing shows twice), then `limit` updates
 * newest first, and a cursor when more are left. `rows` holds the stream
 * after the cursor plus one row more than the page, which tells whether an
 * older page exists.
 */
export function pageOfStream<T extends OrderedUpdate>(
  rows: readonly T[],
  pinned: readonly T[],
  { first, limit = UPDATES_PER_PAGE }: { first: boolean; limit?: number },
): StreamPage<T> {
  const pinnedIds = new Set(pinned.map((update) => update.id));
  const stream = rows.filter((update) => !pinnedIds.has(update.id)).sort(compareNewestFirst);
  const shown = stream.slice(0, limit);
  const last = shown.at(-1);
  return {
    pinned: first ? [...pinned].sort(compareNewestFirst) : [],
    updates: shown,
    older:
      stream.length > limit && last?.publishedAt
        ? { publishedAt: last.publishedAt, id: last.id }
        : null,
  };
}

/** The newest update's time: the page's "Updated", the sitemap's lastmod. */
export function newestPublishedAt(updates: readonly OrderedUpdate[], now = new Date()) {
  let newest: Date | null = null;
  for (const update of updates) {
    if (!isPublicUpdate(update, now) || !update.publishedAt) continue;
    if (!newest || update.publishedAt > newest) newest = update.publishedAt;
  }
  return newest;
}

/** The anchor of an update on its live page: `/{slug}#update-{id}`. */
export function updateAnchor(id: string): string {
  return `update-${id}`;
}

/**
 * What an update's status becomes when a reporter presses a button:
 * "Post" publishes now, "Schedule" at a later time, "Save draft" keeps it
 * from readers. A schedule in the past is a post.
 */
export function statusForIntent(
  intent: "publish" | "schedule" | "draft",
  scheduledAt: Date | null,
  now: Date = new Date(),
): { status: LiveUpdateStatus; publishedAt: Date | null } {
  if (intent === "draft") return { status: "DRAFT", publishedAt: null };
  if (intent === "schedule" && scheduledAt && scheduledAt > now) {
    return { status: "SCHEDULED", publishedAt: scheduledAt };
  }
  return { status: "PUBLISHED", publishedAt: now };
}
