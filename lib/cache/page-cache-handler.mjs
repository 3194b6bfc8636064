// @ts-check
import { LRUCache } from "lru-cache";
import { changedSince, copyAsOf, RACE_WINDOW_MS, tagClock } from "./staleness.mjs";

export { RACE_WINDOW_MS };

/**
 * Next's full-route (ISR) cache for this site, through Next's supported
 * `cacheHandler` interface: rendered reader pages kept in this process's
 * memory, bounded in bytes (least recently used go first), and dropped the
 * moment a tag they show is invalidated from anywhere: a server action, the
 * scheduler's timer, the worker or another app server (lib/cache/listener.ts).
 * Next's own `revalidateTag` only works inside a request and reaches only
 * this process, which is why invalidations go through a clock of our own.
 *
 * Loaded by Next itself, outside the app's bundles, hence plain JavaScript.
 * It shares the invalidation clock with lib/cache/tag-clock.ts through
 * globalThis (one process, two module graphs).
 */

/**
 * The page's tags as Next stores them with a rendered page (there is no
 * other way to learn them in this interface).
 */
const NEXT_TAGS_HEADER = "x-next-cache-tags";
/**
 * The stored page names its tags in this header, which the app server turns
 * into the edge's surrogate keys (lib/server/surrogate-keys.ts, same name).
 * Next sends a cached page's stored headers with it, on a hit and on the
 * request that rendered it alike.
 */
const SURROGATE_TAGS_HEADER = "x-newsroom-cache-tags";

const maxBytes = Math.max(1, Number(process.env.PAGE_CACHE_MB) || 256) * 1024 * 1024;

/**
 * `asOf`: when the render that made it began (lib/cache/staleness.mjs), so a
 * page rendered just after a change is kept, and one whose render began
 * before it is not, however late it is stored.
 * @typedef {{ value: any, lastModified: number, asOf: number, tags: string[], cacheControl?: any }} Entry
 */

/** @type {{ newsroomPageCache?: LRUCache<string, Entry> }} */
const holder = /** @type {any} */ (globalThis);

/** @param {any} value */
function sizeOf(value) {
  let size = 512;
  if (!value) return size;
  if (typeof value.html === "string") size += value.html.length * 2;
  if (value.rscData) size += value.rscData.length ?? 0;
  if (value.body) size += value.body.length ?? 0;
  if (value.segmentData instanceof Map) {
    for (const buffer of value.segmentData.values()) size += buffer?.length ?? 0;
  }
  if (value.data?.body) size += value.data.body.length * 2;
  return size;
}

const store = (holder.newsroomPageCache ??= new LRUCache({
  maxSize: maxBytes,
  // One page larger than a quarter of the cache is not worth keeping.
  maxEntrySize: Math.floor(maxBytes / 4),
  sizeCalculation: (/** @type {Entry} */ entry) => sizeOf(entry.value),
}));

/** @param {any} value @param {string[] | undefined} contextTags */
function tagsOf(value, contextTags) {
  const header = value?.headers?.[NEXT_TAGS_HEADER];
  const fromHeader = typeof header === "string" && header ? header.split(",") : [];
  return [...new Set([...fromHeader, ...(value?.tags ?? []), ...(contextTags ?? [])])];
}

export default class PageCacheHandler {
  /** @param {unknown} _context */
  constructor(_context) {}

  /** @param {string} key */
  async get(key) {
    const entry = store.get(key);
    if (!entry) return null;
    if (changedSince(entry.asOf, entry.tags)) {
      store.delete(key);
      return null;
    }
    return {
      lastModified: entry.lastModified,
      value: entry.value,
      cacheControl: entry.cacheControl,
    };
  }

  /** @param {string} key @param {any} value @param {{ tags?: string[], cacheControl?: any }} [context] */
  async set(key, value, context) {
    if (!value) {
      store.delete(key);
      return;
    }
    const now = Date.now();
    const tags = tagsOf(value, context?.tags);
    if (value.kind === "APP_PAGE" || value.kind === "APP_ROUTE") {
      // Next's implicit tags (_N_T_/path) are its own; the edge gets ours.
      // In place: Next builds this request's response from the same object.
      value.headers ??= {};
      value.headers[SURROGATE_TAGS_HEADER] = tags
        .filter((tag) => !tag.startsWith("_N_T_"))
        .join(" ");
    }
    store.set(key, {
      value,
      lastModified: now,
      asOf: copyAsOf(),
      tags,
      cacheControl: context?.cacheControl,
    });
  }

  /** Next's revalidateTag / updateTag, from inside a request. @param {string | string[]} tags */
  async revalidateTag(tags) {
    const now = Date.now();
    const clock = tagClock();
    for (const tag of typeof tags === "string" ? [tags] : tags) {
      clock.tags.delete(tag);
      clock.tags.set(tag, now);
    }
  }

  resetRequestCache() {}
}
