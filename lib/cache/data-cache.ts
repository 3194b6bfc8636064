import { tagCurrentPage } from "./page-tags";
import { markTagsInvalidated } from "./tag-clock";
import { TaggedCache, type Loaded } from "./tagged-cache";

// One cache per server process, shared by every bundle through globalThis.
// "Not found" answers live apart in a small cache of their own, so requests
// for made-up addresses cannot push real pages out.
const holder = globalThis as unknown as {
  newsroomDataCache?: {
    found: TaggedCache;
    missing: TaggedCache;
    generation: number;
    publish: ((tags: string[]) => void) | null;
  };
};
// `generation` is bumped by every invalidation, so that a "not found" seen
// before one is not kept.
const caches = (holder.newsroomDataCache ??= {
  found: new TaggedCache(5_000),
  missing: new TaggedCache(1_000),
  generation: 0,
  publish: null,
});

const MISSING_TTL_MS = 60_000;

export const MINUTE = 60_000;

/**
 * Reads through the process's data cache; `load` says which tags the value
 * shows. The page being rendered (if any) is tagged the same way, so Next's
 * full-route cache drops it when the data changes.
 */
export async function cached<T>(
  key: string,
  ttlMs: number,
  load: () => Promise<Loaded<T>>,
): Promise<T> {
  const missing = caches.missing.peek(key);
  if (missing) {
    await tagCurrentPage(missing.tags, MISSING_TTL_MS);
    return missing.value as T;
  }
  const startedAt = caches.generation;
  let wasMissing = false;
  const entry = await caches.found.getOrLoadEntry(key, ttlMs, async () => {
    const loaded = await load();
    wasMissing = loaded.value === null;
    // Returned to this caller, but stored below in the "missing" cache instead.
    return wasMissing ? { ...loaded, ttlMs: 0 } : loaded;
  });
  if (wasMissing && caches.generation === startedAt) {
    caches.missing.put(key, { value: null, tags: entry.tags }, MISSING_TTL_MS);
  }
  await tagCurrentPage(entry.tags, wasMissing ? MISSING_TTL_MS : ttlMs);
  return entry.value;
}

/**
 * Refreshes every cached value and page that shows any of these tags, in
 * this process and, once a publisher is installed (lib/cache/broadcast.ts),
 * in every other process of the site.
 */
export function invalidateTags(tags: Iterable<string>): void {
  const list = [...new Set(tags)];
  applyInvalidation(list);
  caches.publish?.(list);
}

/** This process's share of an invalidation: data values, then pages. */
export function applyInvalidation(tags: readonly string[]): void {
  caches.generation++;
  caches.found.invalidate(tags);
  // Anything may have come into existence; "not found" answers are cheap to redo.
  caches.missing.clear();
  markTagsInvalidated(tags);
}

/** Installs (or with null removes) the function that tells other processes. */
export function setInvalidationPublisher(publish: ((tags: string[]) => void) | null): void {
  caches.publish = publish;
}

/** Forgets everything: for tests, and after the database changed behind the app's back. */
export function clearDataCache(): void {
  caches.generation++;
  caches.found.clear();
  caches.missing.clear();
}
