import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/** Counts hits per key in fixed windows. */
export interface RateLimitStore {
  /** Adds `by` (0 to only read) to the key's current window; returns the new count. */
  hit(key: string, windowMs: number, by?: number): Promise<number>;
  reset(key: string, windowMs: number): Promise<void>;
}

const windowStart = (windowMs: number, now = Date.now()) => Math.floor(now / windowMs) * windowMs;

/** One process's memory: right for a single instance, lost on restart. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly counts = new Map<string, { start: number; count: number }>();

  async hit(key: string, windowMs: number, by = 1): Promise<number> {
    const start = windowStart(windowMs);
    const entry = this.counts.get(key);
    const count = (entry && entry.start === start ? entry.count : 0) + by;
    this.counts.set(key, { start, count });
    if (this.counts.size > 50_000) this.sweep(windowMs);
    return count;
  }

  async reset(key: string): Promise<void> {
    this.counts.delete(key);
  }

  private sweep(windowMs: number) {
    const start = windowStart(windowMs);
    for (const [key, entry] of this.counts) if (entry.start < start) this.counts.delete(key);
  }
}

/** Shared by every app instance through the database (RATE_LIMIT_STORE=database). */
export class DatabaseRateLimitStore implements RateLimitStore {
  async hit(key: string, windowMs: number, by = 1): Promise<number> {
    const start = new Date(windowStart(windowMs));
    const row = await db.rateLimitBucket.upsert({
      where: { key_windowStart: { key, windowStart: start } },
      create: {
        key,
        windowStart: start,
        count: by,
        expiresAt: new Date(start.getTime() + windowMs),
      },
      update: { count: { increment: by } },
      select: { count: true },
    });
    if (Math.random() < 0.01) {
      await db.rateLimitBucket.deleteMany({ where: { expiresAt: { lt: new Date() } } });
    }
    return row.count;
  }

  async reset(key: string, windowMs: number): Promise<void> {
    await db.rateLimitBucket.deleteMany({
      where: { key, windowStart: new Date(windowStart(windowMs)) },
    });
  }
}

const holder = globalThis as { newsroomRateLimits?: RateLimitStore };

export function rateLimitStore(): RateLimitStore {
  holder.newsroomRateLimits ??=
    env().RATE_LIMIT_STORE === "database"
      ? new DatabaseRateLimitStore()
      : new MemoryRateLimitStore();
  return holder.newsroomRateLimits;
}
