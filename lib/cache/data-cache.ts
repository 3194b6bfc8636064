import { tagCurrentPage } from "./page-tags";
import { markEverythingInvalidated, markTagsInvalidated } from "./tag-clock";
import { TaggedCache, type Loaded } from "./tagged-cache";

// One cache per server process, shared by every bundle through globalThis.
// "Not found" answers live apart in a small cache of their own, so requests
// for made-up addresses cannot push real pages out.
const holder = globalThis as unknown as {
  newsroomDataCache?: { found: TaggedCache; missing: TaggedCache; generation: number };
};
// `generation` is bumped by every invalidation, so that a "not found" seen
// before one is not kept.
const caches = (holder.newsroomDataCache ??= {
  found: new TaggedCache(5_000),
  missing: new TaggedCache(1_000),
  generation: 0,
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
 * This process's share of an invalidation: data values, then pages. Writers
 * do not call this; they call invalidate() in their transaction
 * (lib/cache/invalidate.ts), which reaches every process.
 */
export function applyInvalidation(tags: readonly string[]): void {
  caches.generation++;
  caches.found.invalidate(tags);
  // Anything may have come into existence; "not found" answers are cheap to redo.
  caches.missing.clear();
  markTagsInvalidated(tags);
}

/** Forgets everything: for tests, and after the database changed behind the app's back. */
export function clearDataCache(): void {
  caches.generation++;
  caches.found.clear();
  caches.missing.clear();
}

/**
 * Every value and every page of this process is stale: after this process
 * may have missed other processes' changes (its notification connection
 * was lost).
 */
export function forgetEverything(): void {
  clearDataCache();
  markEverythingInvalidated();
}
