/**
 * What an open live page makes of each poll of the newest updates
 * (app/fragments/live): which are new, which were edited since the page
 * got them, and which are gone (deleted, or taken back into draft). Pure,
 * so the island stays small and the rule is pinned down by unit tests.
 */

/** An update as the open page holds it: enough to tell a change. */
export interface SeenUpdate {
  id: string;
  version: number;
  /** Its publication time, in milliseconds. */
  at: number;
}

export interface LatestChanges<T> {
  /** Not on the page yet, newest first. */
  fresh: T[];
  /** On the page with an older version of the text. */
  edited: T[];
  /** On the page, but no longer public. */
  removed: string[];
}

/**
 * The poll holds the newest `limit` public updates. An update the page
 * shows that is missing from it is gone only if it is newer than the
 * poll's oldest (or the poll holds fewer than `limit`, so everything):
 * an older one has simply scrolled out of the window.
 */
export function changesSince<T extends { id: string; version: number; publishedAt: Date }>(
  seen: ReadonlyMap<string, SeenUpdate>,
  latest: readonly T[],
  limit: number,
): LatestChanges<T> {
  const fresh: T[] = [];
  const edited: T[] = [];
  for (const update of latest) {
    const known = seen.get(update.id);
    if (!known) fresh.push(update);
    else if (known.version !== update.version) edited.push(update);
  }
  const present = new Set(latest.map((update) => update.id));
  const floor =
    latest.length >= limit
      ? Math.min(...latest.map((update) => update.publishedAt.getTime()))
      : -Infinity;
  const removed = [...seen.values()]
    .filter((known) => !present.has(known.id) && known.at > floor)
    .map((known) => known.id);
  return { fresh, edited, removed };
}

/** What the served page tells its island about the updates it holds. */
export function seenOf(
  updates: readonly { id: string; version: number; publishedAt: Date }[],
): [string, number, number][] {
  return updates.map((update) => [update.id, update.version, update.publishedAt.getTime()]);
}
