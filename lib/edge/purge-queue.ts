import "server-only";
import type { QueueStats } from "@/lib/jobs/lease-queue";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { parseEdgeTargets, purgeAt, type EdgeTarget, type PurgeOptions } from "./targets";

/**
 * Purging changed tags at every edge, from the `CacheInvalidation` rows each
 * change writes in its own transaction (lib/cache/invalidate.ts), so no
 * purge is lost when a process dies or an edge is away: a row stays
 * PENDING until every edge has taken it, and is tried again with a growing
 * pause (never more than a minute) for a day before it is marked FAILED,
 * by when every edge has long expired what it held (pages live an hour at
 * most). Several workers may run this at once: rows are claimed under a
 * lease with SKIP LOCKED.
 *
 * Each change is purged at once, and again at each of CONFIRM_ROUNDS_MS
 * after that. An app server that had not yet heard of the change when the
 * edge came for a fresh copy may have answered with the page from before
 * it; a later purge drops that copy. App servers hear of a change from its
 * notification within milliseconds, so the first confirmation comes soon
 * (a reader sees the change within a second even when the edge asked too
 * early); the last comes after the app servers' polling interval
 * (lib/cache/listener.ts), for a notification that was lost.
 */
export const CONFIRM_ROUNDS_MS = [200, 600] as const;

/** How long after round `round` (0: the first purge) the next one is due. */
export function confirmGapMs(round: number): number {
  return (CONFIRM_ROUNDS_MS[round] ?? 0) - (round ? (CONFIRM_ROUNDS_MS[round - 1] ?? 0) : 0);
}
export const LEASE_MS = 30_000;
export const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;
/** Rows claimed per run; a run that fills it may have left more behind. */
export const PURGE_BATCH = 200;

export function retryDelayMs(attempts: number): number {
  return Math.min(60_000, 500 * 2 ** Math.max(0, attempts - 1));
}

interface Claimed {
  id: bigint;
  tags: string[];
  purgeRound: number;
  edgesDone: string[];
  attempts: number;
  createdAt: Date;
}

export interface PurgeRun {
  sent: number;
  failed: number;
  lines: string[];
}

function purgeOptions(): PurgeOptions {
  const settings = env();
  return {
    fastlyToken: settings.EDGE_FASTLY_TOKEN,
    cloudflareToken: settings.EDGE_CLOUDFLARE_TOKEN,
  };
}

/** Sends what is due to every edge; returns log lines. Safe to run anywhere, any number of times. */
export async function runEdgePurges(
  now: Date = new Date(),
  options: { targets?: EdgeTarget[]; purge?: PurgeOptions } = {},
): Promise<PurgeRun> {
  const run: PurgeRun = { sent: 0, failed: 0, lines: [] };
  const targets = options.targets ?? parseEdgeTargets(env().EDGE_PURGE_URLS);
  if (!targets.length) return run;
  const token = randomUUID();
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  // Locked in a materialized CTE, as lease-queue.ts does: it is evaluated
  // once, so the LIMIT and the locks hold however the planner joins it.
  const claimed = await db.$queryRaw<Claimed[]>`
    WITH picked AS MATERIALIZED (
      SELECT "id" FROM "CacheInvalidation"
      WHERE ("purgeStatus" = 'PENDING' AND "nextAttemptAt" <= ${now})
         OR ("purgeStatus" = 'SENDING' AND "leaseExpiresAt" < ${now})
      ORDER BY "id"
      LIMIT ${PURGE_BATCH}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "CacheInvalidation" AS c
    SET "purgeStatus" = 'SENDING', "leaseToken" = ${token}, "leaseExpiresAt" = ${leaseUntil},
        "attempts" = c."attempts" + 1
    FROM picked WHERE c."id" = picked."id"
    RETURNING c."id", c."tags", c."purgeRound", c."edgesDone", c."attempts", c."createdAt"`;
  if (!claimed.length) return run;

  // One request per edge for the whole batch: the union of what it still needs.
  const succeeded = new Map<string, boolean>();
  const errors = new Map<string, string>();
  await Promise.all(
    targets.map(async (target) => {
      const tags = [
        ...new Set(
          claimed.filter((row) => !row.edgesDone.includes(target.id)).flatMap((row) => row.tags),
        ),
      ];
      if (!tags.length) return succeeded.set(target.id, true);
      try {
        await purgeAt(target, tags, options.purge ?? purgeOptions());
        succeeded.set(target.id, true);
      } catch (error) {
        succeeded.set(target.id, false);
        errors.set(target.id, (error as Error).message);
      }
    }),
  );

  for (const row of claimed) {
    const done = [
      ...new Set([
        ...row.edgesDone,
        ...targets.filter((t) => succeeded.get(t.id)).map((t) => t.id),
      ]),
    ];
    const missing = targets.filter((target) => !done.includes(target.id));
    if (!missing.length) {
      run.sent++;
      if (row.purgeRound < CONFIRM_ROUNDS_MS.length) {
        await db.$executeRaw`
          UPDATE "CacheInvalidation"
          SET "purgeStatus" = 'PENDING', "purgeRound" = ${row.purgeRound + 1},
              "edgesDone" = ARRAY[]::text[], "attempts" = 0,
              "nextAttemptAt" = ${new Date(now.getTime() + confirmGapMs(row.purgeRound))},
              "leaseToken" = NULL, "leaseExpiresAt" = NULL, "lastError" = ''
          WHERE "id" = ${row.id} AND "leaseToken" = ${token}`;
      } else {
        await db.$executeRaw`
          UPDATE "CacheInvalidation"
          SET "purgeStatus" = 'DONE', "purgedAt" = ${new Date()}, "edgesDone" = ${done}::text[],
              "leaseToken" = NULL, "leaseExpiresAt" = NULL, "lastError" = ''
          WHERE "id" = ${row.id} AND "leaseToken" = ${token}`;
      }
      continue;
    }
    run.failed++;
    const error = missing.map((target) => `${target.id}: ${errors.get(target.id)}`).join("; ");
    const givingUp = now.getTime() - row.createdAt.getTime() > GIVE_UP_AFTER_MS;
    await db.$executeRaw`
      UPDATE "CacheInvalidation"
      SET "purgeStatus" = ${givingUp ? "FAILED" : "PENDING"}::"PurgeStatus",
          "edgesDone" = ${done}::text[],
          "nextAttemptAt" = ${new Date(now.getTime() + retryDelayMs(row.attempts))},
          "leaseToken" = NULL, "leaseExpiresAt" = NULL, "lastError" = ${error.slice(0, 1000)}
      WHERE "id" = ${row.id} AND "leaseToken" = ${token}`;
  }
  if (run.failed) {
    run.lines.push(
      `[edge] ${run.failed} purge(s) not taken yet (${[...errors.values()][0] ?? "unknown error"}); trying again`,
    );
  }
  return run;
}

/** Purges the rows of a change again at once (the admins' "Retry now"). */
export async function retryEdgePurge(id: bigint): Promise<boolean> {
  const updated = await db.$executeRaw`
    UPDATE "CacheInvalidation"
    SET "purgeStatus" = 'PENDING', "nextAttemptAt" = ${new Date()}, "attempts" = 0
    WHERE "id" = ${id} AND "purgeStatus" IN ('PENDING', 'FAILED')`;
  return updated > 0;
}

/** Rows older than this whose purge is settled go (jobs' pruning). */
export const KEEP_DAYS = 7;

export async function pruneCacheInvalidations(now: Date = new Date()): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "CacheInvalidation"
    WHERE "createdAt" < ${new Date(now.getTime() - KEEP_DAYS * 24 * 60 * 60_000)}
      AND "purgeStatus" IN ('NONE', 'DONE', 'FAILED')`;
}

/** For /metrics: changes waiting to be purged (due now or being sent), and the oldest one's age. */
export async function edgePurgeStats(now: Date = new Date()): Promise<QueueStats> {
  const [row] = await db.$queryRaw<{ depth: number; oldest: Date | null }[]>`
    SELECT count(*)::int AS "depth", min("createdAt") AS "oldest" FROM "CacheInvalidation"
    WHERE ("purgeStatus" = 'PENDING' AND "nextAttemptAt" <= ${now}) OR "purgeStatus" = 'SENDING'`;
  const oldest = row?.oldest ? Math.max(0, (now.getTime() - row.oldest.getTime()) / 1000) : 0;
  return { queue: "edge-purge", depth: row?.depth ?? 0, oldestAgeSeconds: oldest };
}

/** For the scheduler and `npm run jobs`: purges due now, and the settled log pruned. */
export const edgePurgeTask = {
  name: "edge-purge",
  run: async (now: Date): Promise<string[]> => {
    const [run, pruned] = await Promise.all([runEdgePurges(now), pruneCacheInvalidations(now)]);
    return [
      ...run.lines,
      ...(run.sent ? [`[edge] purged ${run.sent} change(s)`] : []),
      ...(pruned ? [`[edge] pruned ${pruned} old invalidation(s)`] : []),
    ];
  },
};
