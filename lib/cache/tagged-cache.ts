/**
 * The data cache behind reader pages: values from the database, each stored
 * with the tags of what it shows (`article:<id>`, `section:<id>`, `feed`, …),
 * dropped the moment a change invalidates one of those tags, and otherwise
 * kept until a time limit as a safety net.
 *
 * In memory, per process, deliberately: nothing survives a restart or a
 * re-seed, and there is nothing to configure. Several app instances need the
 * invalidations broadcast between them (docs/architecture.md).
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
  expiresAt: number;
}

export class TaggedCache {
  private readonly entries = new Map<string, Entry>();
  private readonly keysByTag = new Map<string, Set<string>>();
  private readonly inflight = new Map<
    string,
    { epoch: number; promise: Promise<{ value: unknown; tags: string[] }> }
  >();
  /** Bumped by every invalidation; a load that saw it change is not stored. */
  private epoch = 0;

  constructor(
    private readonly maxEntries = 5_000,
    private readonly now: () => number = Date.now,
  ) {}

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
    if (entry && entry.expiresAt > this.now()) {
      // Refresh its place in the LRU order.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return { value: entry.value as T, tags: entry.tags };
    }
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
    const entry = this.entries.get(key);
    return entry && entry.expiresAt > this.now()
      ? { value: entry.value, tags: entry.tags }
      : undefined;
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
      for (const key of keys) this.remove(key);
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
    this.remove(key);
    if ((loaded.ttlMs ?? ttlMs) <= 0) return;
    const tags = [...new Set(loaded.tags)];
    this.entries.set(key, {
      value: loaded.value,
      tags,
      expiresAt: this.now() + (loaded.ttlMs ?? ttlMs),
    });
    for (const tag of tags) {
      let keys = this.keysByTag.get(tag);
      if (!keys) this.keysByTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
  }
}
