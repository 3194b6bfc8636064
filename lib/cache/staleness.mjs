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
 * A copy made while a change was being committed may have read the data
 * from before it, yet be stored a moment after. When the moment its making
 * began is not known, a mark counts against copies stored up to this long
 * after it.
 */
export const RACE_WINDOW_MS = 3_000;

/**
 * @typedef {{ tags: Map<string, number>, everythingBefore: number }} Clock
 */

/**
 * @type {{
 *   newsroomTagClock?: Clock,
 *   newsroomRequestContext?: { getStore(): { startedAt?: number } | undefined },
 * }}
 */
const holder = /** @type {any} */ (globalThis);

/** @returns {Clock} */
export function tagClock() {
  return (holder.newsroomTagClock ??= { tags: new Map(), everythingBefore: 0 });
}

/**
 * Whether a copy made from data read no earlier than `asOf`, showing `tags`,
 * is stale: one of its tags (or everything) was invalidated since.
 * @param {number} asOf
 * @param {Iterable<string>} tags
 */
export function changedSince(asOf, tags) {
  const clock = tagClock();
  if (clock.everythingBefore >= asOf) return true;
  for (const tag of tags) {
    const at = clock.tags.get(tag);
    if (at !== undefined && at >= asOf) return true;
  }
  return false;
}

/**
 * The moment from which a copy being stored now can only show fresh data:
 * when the request rendering it arrived (the app server's request context,
 * lib/server/logging.ts). The data cache never hands a render a value loaded
 * before an invalidation it has heard of (lib/cache/tagged-cache.ts), so a
 * render that began after a mark shows everything the mark changed. Outside
 * a request (a build, a test), RACE_WINDOW_MS before now.
 * @returns {number}
 */
export function copyAsOf() {
  const startedAt = holder.newsroomRequestContext?.getStore()?.startedAt;
  return typeof startedAt === "number" ? startedAt : Date.now() - RACE_WINDOW_MS;
}

/**
 * Whether a copy stored at `storedAt`, from a render whose start is not
 * known, that shows `tags` is stale.
 * @param {number} storedAt
 * @param {Iterable<string>} tags
 */
export function isInvalidated(storedAt, tags) {
  return changedSince(storedAt - RACE_WINDOW_MS, tags);
}
