import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export interface RetentionPolicy {
  /** Revisions younger than this are always kept. */
  keepDays: number;
  /** Each article's newest revisions kept whatever their age (at least one). */
  keepLatest: number;
}

export function retentionPolicy(): RetentionPolicy {
  const config = env();
  return { keepDays: config.REVISION_RETENTION_DAYS, keepLatest: config.REVISION_KEEP_LATEST };
}

const DAY_MS = 24 * 60 * 60_000;
/** Rows deleted per statement, so a first run on a big archive holds no long lock. */
const BATCH = 1_000;

/**
 * Deletes revisions nobody needs any more: only ordinary saves and autosaves
 * that are older than `keepDays` AND not among their article's newest
 * `keepLatest`. Never deleted:
 * - PUBLISH revisions (what readers were shown) and RESTORE revisions;
 * - each article's newest revision, which is what the article holds now and,
 *   for a published article, the version on the site (every save of a
 *   published article goes live, so the live text is always the newest
 *   revision); `keepLatest` is at least 1 to guarantee it.
 * Safe to run twice or from several servers at once: a row deleted by one
 * run is simply not found by the other.
 */
export async function pruneRevisions(
  now: Date = new Date(),
  policy: RetentionPolicy = retentionPolicy(),
): Promise<{ deleted: number }> {
  const cutoff = new Date(now.getTime() - Math.max(0, policy.keepDays) * DAY_MS);
  const keepLatest = Math.max(1, Math.floor(policy.keepLatest));
  let deleted = 0;
  for (;;) {
    const count = await db.$executeRaw`
      DELETE FROM "Revision" WHERE "id" IN (
        SELECT "id" FROM (
          SELECT "id", "kind", "createdAt",
                 row_number() OVER (PARTITION BY "articleId" ORDER BY "version" DESC) AS "rank"
            FROM "Revision"
           WHERE "articleId" IN (
             SELECT "articleId" FROM "Revision"
              WHERE "createdAt" < ${cutoff} AND "kind" IN ('AUTOSAVE', 'SAVE')
           )
        ) AS "ranked"
        WHERE "rank" > ${keepLatest}
          AND "createdAt" < ${cutoff}
          AND "kind" IN ('AUTOSAVE', 'SAVE')
        LIMIT ${BATCH}
      )`;
    deleted += count;
    if (count < BATCH) break;
  }
  if (deleted > 0) {
    await db.auditLog.create({
      data: {
        actorId: null,
        action: "revisions.prune",
        entityType: "site",
        entityId: "revisions",
        data: { deleted, before: cutoff.toISOString(), keepLatest },
      },
      select: { id: true },
    });
  }
  return { deleted };
}
