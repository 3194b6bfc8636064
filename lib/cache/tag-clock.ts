/**
 * When each cache tag was last invalidated in this process. The page cache
 * handler (lib/cache/page-cache-handler.mjs, loaded by Next outside the app's
 * bundles) reads the same Map from globalThis under the same name, so a
 * change marked here makes every stored page that shows the tag stale.
 */
const holder = globalThis as unknown as { newsroomTagClock?: Map<string, number> };
const clock = (holder.newsroomTagClock ??= new Map<string, number>());

/** Beyond this many tags, the oldest marks are forgotten (see below). */
const MAX_TAGS = 50_000;

export function markTagsInvalidated(tags: Iterable<string>, at: number = Date.now()): void {
  for (const tag of tags) {
    // Re-inserted so that the Map's order stays oldest mark first.
    clock.delete(tag);
    clock.set(tag, at);
  }
  // A mark only matters to pages stored before it; pages live at most a few
  // minutes (their revalidate time), so the oldest marks can go.
  while (clock.size > MAX_TAGS) {
    const oldest = clock.keys().next().value;
    if (oldest === undefined) break;
    clock.delete(oldest);
  }
}

/** The latest invalidation of any of these tags, or 0. */
export function lastInvalidated(tags: Iterable<string>): number {
  let latest = 0;
  for (const tag of tags) latest = Math.max(latest, clock.get(tag) ?? 0);
  return latest;
}
