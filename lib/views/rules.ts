import { createHash } from "node:crypto";

/**
 * Counting rules for "Most popular", kept pure so they are easy to test:
 * which requests count, how a reader is recognised for de-duplication
 * without cookies, and which hour a view belongs to.
 */

const BOT_PATTERN =
  /bot|crawl|spider|slurp|scrap|fetch|preview|headless|lighthouse|pagespeed|monitor|curl|wget|python|java\/|go-http|axios|node-fetch|facebookexternalhit|embedly|quora link/i;

export function isLikelyBot(userAgent: string | null): boolean {
  return !userAgent || userAgent.length < 20 || BOT_PATTERN.test(userAgent);
}

/** The UTC hour a view is counted in. */
export function hourBucket(at: Date): Date {
  const hour = new Date(at);
  hour.setUTCMinutes(0, 0, 0);
  return hour;
}

/**
 * A reader's view of one article, as an opaque key: address, browser and
 * article hashed with a salt that changes daily, so nothing stored can be
 * traced back to a person.
 */
export function viewKey(input: {
  ip: string;
  userAgent: string;
  articleId: string;
  at: Date;
}): string {
  const day = input.at.toISOString().slice(0, 10);
  return createHash("sha256")
    .update(`${day}|${input.ip}|${input.userAgent}|${input.articleId}`)
    .digest("base64url");
}

export const DEDUPE_WINDOW_MS = 30 * 60_000;

/** Remembers recent views for the de-duplication window, within a memory bound. */
export class RecentViews {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly windowMs = DEDUPE_WINDOW_MS,
    private readonly maxEntries = 100_000,
  ) {}

  /** True the first time a key is seen within the window. */
  firstSeen(key: string, now: number): boolean {
    const last = this.seen.get(key);
    if (last !== undefined && now - last < this.windowMs) return false;
    this.seen.delete(key);
    this.seen.set(key, now);
    if (this.seen.size > this.maxEntries) {
      // Map keeps insertion order: the oldest entries go first.
      for (const [oldest, at] of this.seen) {
        if (this.seen.size <= this.maxEntries && now - at < this.windowMs) break;
        this.seen.delete(oldest);
      }
    }
    return true;
  }
}
