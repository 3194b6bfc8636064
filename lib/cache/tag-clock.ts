/**
 * When each cache tag was last invalidated in this process, and before when
 * everything is to be thought stale. The page cache handler
 * (lib/cache/page-cache-handler.mjs, loaded by Next outside the app's
 * bundles) reads the same object from globalThis under the same name, so a
 * change marked here makes every stored page that shows the tag stale.
 */
interface Clock {
  tags: Map<string, number>;
  everythingBefore: number;
}

const holder = globalThis as unknown as { newsroomTagClock?: Clock };
const clock = (holder.newsroomTagClock ??= { tags: new Map(), everythingBefore: 0 });

/** Beyond this many tags, the oldest marks are forgotten (see below). */
const MAX_TAGS = 50_000;

export function markTagsInvalidated(tags: Iterable<string>, at: number = Date.now()): void {
  for (const tag of tags) {
    // Re-inserted so that the Map's order stays oldest mark first.
    clock.tags.delete(tag);
    clock.tags.set(tag, at);
  }
  // A mark only matters to pages stored before it; pages live at most a few
  // minutes (their revalidate time), so the oldest marks can go.
  while (clock.tags.size > MAX_TAGS) {
    const oldest = clock.tags.keys().next().value;
    if (oldest === undefined) break;
    clock.tags.delete(oldest);
  }
}

/** Every page stored before now is stale (after missing other servers' changes). */
export function markEverythingInvalidated(at: number = Date.now()): void {
  clock.everythingBefore = at;
  clock.tags.clear();
}

/** The latest invalidation of any of these tags, or 0. */
export function lastInvalidated(tags: Iterable<string>): number {
  let latest = clock.everythingBefore;
  for (const tag of tags) latest = Math.max(latest, clock.tags.get(tag) ?? 0);
  return latest;
}
