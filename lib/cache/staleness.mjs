// @ts-check

/**
 * One rule for "has this stored copy been invalidated?", shared by every
 * cache that keeps whole pages: Next's page cache
 * (lib/cache/page-cache-handler.mjs) and the app server's finished replies
 * (lib/server/reply-cache.ts). Both read the process's tag clock
 * (lib/cache/tag-clock.ts) from globalThis, so a change marked there drops
 * the page from both at the same moment. Plain JavaScript because Next loads
 * the page cache handler outside the app's bundles.
 */

/**
 * A page rendered while a change was being committed may have read the data
 * from before it, yet be stored a moment after: marks this recent count
 * against pages stored up to this long after them.
 */
export const RACE_WINDOW_MS = 3_000;

/**
 * @typedef {{ tags: Map<string, number>, everythingBefore: number }} Clock
 */

/** @type {{ newsroomTagClock?: Clock }} */
const holder = /** @type {any} */ (globalThis);

/** @returns {Clock} */
export function tagClock() {
  return (holder.newsroomTagClock ??= { tags: new Map(), everythingBefore: 0 });
}

/**
 * Whether a copy stored at `storedAt` that shows `tags` is stale.
 * @param {number} storedAt
 * @param {Iterable<string>} tags
 */
export function isInvalidated(storedAt, tags) {
  const clock = tagClock();
  if (clock.everythingBefore + RACE_WINDOW_MS > storedAt) return true;
  for (const tag of tags) {
    const at = clock.tags.get(tag);
    if (at !== undefined && at + RACE_WINDOW_MS > storedAt) return true;
  }
  return false;
}
