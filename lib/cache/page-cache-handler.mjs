// @ts-check
/**
 * Next's full-route (ISR) cache for this site: rendered reader pages kept in
 * this process's memory, bounded in bytes, and dropped the moment a tag they
 * show is invalidated — from anywhere in the process: a server action, the
 * scheduler's timer, or a notification from another instance
 * (lib/cache/broadcast.ts). Next's own `revalidateTag` only works inside a
 * request, and its default cache also writes every page to disk.
 *
 * Loaded by Next itself, outside the app's bundles, hence plain JavaScript.
 * It shares one Map with lib/cache/tag-clock.ts through globalThis.
 */

const TAGS_HEADER = "x-next-cache-tags";
/**
 * The stored page names its tags in this header, which the app server turns
 * into the edge's surrogate keys (lib/server/surrogate-keys.ts, same name).
 * Next sends a cached page's stored headers with it, on a hit and on the
 * request that rendered it alike.
 */
const SURROGATE_TAGS_HEADER = "x-newsroom-cache-tags";

/**
 * A page rendered while a change was being committed may have read the data
 * from before it, yet be stored a moment after: marks this recent count
 * against pages stored up to this long after them.
 */
export const RACE_WINDOW_MS = 3_000;

const maxBytes = Math.max(1, Number(process.env.PAGE_CACHE_MB) || 256) * 1024 * 1024;

/** @type {{ newsroomTagClock?: Map<string, number>, newsroomPageCache?: { entries: Map<string, Entry>, bytes: number } }} */
const holder = /** @type {any} */ (globalThis);
const clock = (holder.newsroomTagClock ??= new Map());
const store = (holder.newsroomPageCache ??= { entries: new Map(), bytes: 0 });

/**
 * @typedef {{ value: any, lastModified: number, storedAt: number, tags: string[], size: number, cacheControl?: any }} Entry
 */

/** @param {any} value */
function tagsOf(value, /** @type {string[] | undefined} */ contextTags) {
  const header = value?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === "string" && header ? header.split(",") : [];
  return [...new Set([...fromHeader, ...(value?.tags ?? []), ...(contextTags ?? [])])];
}

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

/** @param {Entry} entry */
function isInvalidated(entry) {
  for (const tag of entry.tags) {
    const at = clock.get(tag);
    if (at !== undefined && at + RACE_WINDOW_MS > entry.storedAt) return true;
  }
  return false;
}

/** @param {string} key */
function remove(key) {
  const entry = store.entries.get(key);
  if (!entry) return;
  store.entries.delete(key);
  store.bytes -= entry.size;
}

export default class PageCacheHandler {
  /** @param {unknown} _context */
  constructor(_context) {}

  /** @param {string} key */
  async get(key) {
    const entry = store.entries.get(key);
    if (!entry) return null;
    if (isInvalidated(entry)) {
      remove(key);
      return null;
    }
    // Least recently used last: re-insert.
    store.entries.delete(key);
    store.entries.set(key, entry);
    return {
      lastModified: entry.lastModified,
      value: entry.value,
      cacheControl: entry.cacheControl,
    };
  }

  /** @param {string} key @param {any} value @param {{ tags?: string[], cacheControl?: any }} [context] */
  async set(key, value, context) {
    remove(key);
    if (!value) return;
    const now = Date.now();
    const entry = {
      value,
      lastModified: now,
      storedAt: now,
      tags: tagsOf(value, context?.tags),
      size: sizeOf(value),
      cacheControl: context?.cacheControl,
    };
    if (value.kind === "APP_PAGE" || value.kind === "APP_ROUTE") {
      // Next's implicit tags (_N_T_/path) are its own; the edge gets ours.
      const ours = entry.tags.filter((tag) => !tag.startsWith("_N_T_"));
      // In place: Next builds this request's response from the same object.
      value.headers ??= {};
      value.headers[SURROGATE_TAGS_HEADER] = ours.join(" ");
    }
    if (entry.size > maxBytes / 4) return;
    store.entries.set(key, entry);
    store.bytes += entry.size;
    while (store.bytes > maxBytes) {
      const oldest = store.entries.keys().next().value;
      if (oldest === undefined) break;
      remove(oldest);
    }
  }

  /** Next's revalidateTag / updateTag, from inside a request. @param {string | string[]} tags */
  async revalidateTag(tags) {
    const now = Date.now();
    for (const tag of typeof tags === "string" ? [tags] : tags) {
      clock.delete(tag);
      clock.set(tag, now);
    }
  }

  resetRequestCache() {}
}
