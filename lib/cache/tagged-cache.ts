import { LRUCache } from "lru-cache";

/**
 * The data cache behind reader pages: values from the database, each stored
 * with the tags of what it shows (`article:<id>`, `list:section:<id>`,
 * `feed`, …), dropped the moment a change invalidates one of those tags, and
 * otherwise kept until a time limit as a safety net. Least recently used
 * values go first beyond the bound (lru-cache).
 *
 * In memory, per process, deliberately: nothing survives a restart or a
 * re-seed, and there is nothing to configure. Other processes' changes
 * arrive as invalidations (lib/cache/listener.ts).
 */
export interface Loaded<T> {
  value: T;
  tags: string[];
  /** Overrides the caller's time limit for this value (e.g. short for "not found"). */
  ttlMs?: number;
}

interface Entry {
  value: unknown;
  tags: string[];
}

export class TaggedCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly keysByTag = new Map<string, Set<string>>();
  private readonly inflight = new Map<
    string,
    { epoch: number; promise: Promise<{ value: unknown; tags: string[] }> }
  >();
  /** Bumped by every invalidation; a load that saw it change is not stored. */
  private epoch = 0;

  constructor(maxEntries = 5_000, now: () => number = Date.now) {
    this.entries = new LRUCache<string, Entry>({
      max: maxEntries,
      ttlAutopurge: false,
      ttlResolution: 0,
      perf: { now },
      // Whatever way an entry leaves (evicted, expired, replaced, deleted),
      // its key leaves the tag index with it.
      dispose: (entry, key) => this.unindex(key, entry),
    });
  }

  async getOrLoad<T>(key: string, ttlMs: number, load: () => Promise<Loaded<T>>): Promise<T> {
    return (await this.getOrLoadEntry(key, ttlMs, load)).value;
  }

  /**
   * The value and the tags of what it shows, stored or freshly loaded: a page
   * rendered from it carries the same tags (lib/cache/page-tags.ts).
   */
  async getOrLoadEntry<T>(
    key: string,
    ttlMs: number,
    load: () => Promise<Loaded<T>>,
  ): Promise<{ value: T; tags: string[] }> {
    const entry = this.entries.get(key);
    if (entry) return { value: entry.value as T, tags: entry.tags };
    const running = this.inflight.get(key);
    if (running && running.epoch === this.epoch) {
      return running.promise as Promise<{ value: T; tags: string[] }>;
    }

    const startedAt = this.epoch;
    const promise = load().then((loaded) => {
      if (this.epoch === startedAt) this.store(key, loaded, ttlMs);
      return { value: loaded.value, tags: loaded.tags };
    });
    this.inflight.set(key, { epoch: startedAt, promise });
    try {
      return await promise;
    } finally {
      if (this.inflight.get(key)?.promise === promise) this.inflight.delete(key);
    }
  }

  /** The live entry for a key, without loading anything. */
  peek(key: string): { value: unknown; tags: string[] } | undefined {
    const entry = this.entries.get(key, { updateAgeOnGet: false });
    return entry ? { value: entry.value, tags: entry.tags } : undefined;
  }

  /** Stores a value directly (counts as a load that saw no invalidation). */
  put(key: string, loaded: Loaded<unknown>, ttlMs: number): void {
    this.store(key, loaded, ttlMs);
  }

  /** Drops every value that shows any of these tags. */
  invalidate(tags: Iterable<string>): void {
    this.epoch++;
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) this.entries.delete(key);
      this.keysByTag.delete(tag);
    }
  }

  clear(): void {
    this.epoch++;
    this.entries.clear();
    this.keysByTag.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private store(key: string, loaded: Loaded<unknown>, ttlMs: number): void {
    const ttl = loaded.ttlMs ?? ttlMs;
    if (ttl <= 0) {
      this.entries.delete(key);
      return;
    }
    const tags = [...new Set(loaded.tags)];
    this.entries.set(key, { value: loaded.value, tags }, { ttl });
    for (const tag of tags) {
      let keys = this.keysByTag.get(tag);
      if (!keys) this.keysByTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
  }

  private unindex(key: string, entry: Entry): void {
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
  }
}
