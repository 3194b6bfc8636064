import { TaggedCache, type Loaded } from "./tagged-cache";

// One cache per server process, shared by every bundle through globalThis.
const holder = globalThis as unknown as { newsroomDataCache?: TaggedCache };
const cache = (holder.newsroomDataCache ??= new TaggedCache());

export const MINUTE = 60_000;

/** Reads through the process's data cache; `load` says which tags the value shows. */
export function cached<T>(key: string, ttlMs: number, load: () => Promise<Loaded<T>>): Promise<T> {
  return cache.getOrLoad(key, ttlMs, load);
}

/** Refreshes every cached value that shows any of these tags. */
export function invalidateTags(tags: Iterable<string>): void {
  cache.invalidate(tags);
}

/** Forgets everything: for tests, and after the database changed behind the app's back. */
export function clearDataCache(): void {
  cache.clear();
}
