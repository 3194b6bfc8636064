import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { invalidate } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { refreshLiveSearchText } from "@/lib/search/live-text";
import { liveUpdateChangeTags } from "./cache-tags";

// What the worker runs (scheduled updates) and what every write ends with.
// Nothing here reaches the staff session, so the worker process, which has
// no request, can load it.

type Tx = Prisma.TransactionClient;

/**
 * Publishes scheduled updates whose time has come (the worker's task).
 * Safe twice at once: the row lock skips what another run holds.
 */
export async function publishDueUpdates(now: Date = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; liveBlogId: string }[]>`
      SELECT "id", "liveBlogId" FROM "LiveUpdate"
      WHERE "status" = 'SCHEDULED' AND "publishedAt" <= ${now}
      ORDER BY "publishedAt" LIMIT 100 FOR UPDATE SKIP LOCKED`;
    if (!due.length) return 0;
    await tx.liveUpdate.updateMany({
      where: { id: { in: due.map((row) => row.id) } },
      data: { status: "PUBLISHED" },
    });
    for (const blogId of new Set(due.map((row) => row.liveBlogId))) {
      await refreshStream(tx, blogId);
    }
    return due.length;
  });
}

/** When the next scheduled update falls due, for the worker's timer. */
export async function nextScheduledUpdateAt(): Promise<Date | null> {
  const next = await db.liveUpdate.findFirst({
    where: { status: "SCHEDULED" },
    orderBy: { publishedAt: "asc" },
    select: { publishedAt: true },
  });
  return next?.publishedAt ?? null;
}

/**
 * The newest update's time, worked out again from the rows (never moved by
 * hand, so a delete or a withdrawal brings it back), the live blog's search
 * text (its updates are searched with it), and the live page's tags.
 */
export async function refreshStream(tx: Tx, articleId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "LiveBlog" SET "lastUpdateAt" = (
      SELECT max("publishedAt") FROM "LiveUpdate"
      WHERE "liveBlogId" = ${articleId} AND "status" = 'PUBLISHED'
    ), "updatedAt" = now()
    WHERE "articleId" = ${articleId}`;
  await refreshLiveSearchText(tx, articleId);
  await invalidate(tx, liveUpdateChangeTags(articleId));
}
