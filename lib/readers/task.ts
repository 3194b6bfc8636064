import "server-only";
import { db } from "@/lib/db";
import type { BackgroundTask } from "@/lib/jobs/tasks";

const EVERY_MS = 60 * 60_000;
const holder = globalThis as unknown as { newsroomReaderTokensPrunedAt?: number };

/**
 * Deletes reader sign-in links that expired over an hour ago (used ones are
 * deleted when used), once an hour. A plain DELETE: two runners at once
 * delete each row once.
 */
export const pruneReaderSignInLinksTask: BackgroundTask = {
  name: "reader-sign-in-links",
  async run(now) {
    if (now.getTime() - (holder.newsroomReaderTokensPrunedAt ?? 0) < EVERY_MS) return [];
    holder.newsroomReaderTokensPrunedAt = now.getTime();
    const { count } = await db.readerSignInToken.deleteMany({
      where: { expiresAt: { lt: new Date(now.getTime() - EVERY_MS) } },
    });
    return count ? [`[readers] deleted ${count} expired sign-in link(s)`] : [];
  },
};
