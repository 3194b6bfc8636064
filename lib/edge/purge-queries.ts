import "server-only";
import type { Staff } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { PURGE_FILTERS, type PurgeStatusDto, type PurgeFilter, type PurgeListDto } from "./dto";

/** Reads for /editor/purges: the changes' edge purges, newest first. Admins only. */

const STATUSES_OF: Record<PurgeFilter, PurgeStatusDto[]> = {
  waiting: ["PENDING", "SENDING"],
  failed: ["FAILED"],
  done: ["DONE"],
};

export function readPurgeFilter(value: unknown): PurgeFilter | null {
  return PURGE_FILTERS.find((filter) => filter === value) ?? null;
}

export async function listPurges(staff: Staff, filter: PurgeFilter | null): Promise<PurgeListDto> {
  if (!can(staff.role, "settings.manage")) throw new Error("settings.manage required");
  const statusWhere = filter ? { purgeStatus: { in: STATUSES_OF[filter] } } : {};
  const [rows, grouped, oldest] = await Promise.all([
    db.cacheInvalidation.findMany({
      where: statusWhere,
      orderBy: { id: "desc" },
      take: 50,
      select: {
        id: true,
        tags: true,
        purgeStatus: true,
        purgeRound: true,
        attempts: true,
        nextAttemptAt: true,
        lastError: true,
        createdAt: true,
        purgedAt: true,
      },
    }),
    db.cacheInvalidation.groupBy({ by: ["purgeStatus"], _count: { _all: true } }),
    db.cacheInvalidation.findFirst({
      where: { purgeStatus: { in: ["PENDING", "SENDING"] } },
      orderBy: { id: "asc" },
      select: { createdAt: true },
    }),
  ]);
  const count = (statuses: PurgeStatusDto[]) =>
    grouped
      .filter((group) => statuses.includes(group.purgeStatus))
      .reduce((sum, group) => sum + group._count._all, 0);
  return {
    edges: env().EDGE_PURGE_URLS,
    rows: rows.map((row) => ({
      id: row.id.toString(),
      tags: row.tags,
      status: row.purgeStatus,
      round: row.purgeRound,
      attempts: row.attempts,
      nextAttemptAt: row.nextAttemptAt,
      lastError: row.lastError,
      createdAt: row.createdAt,
      purgedAt: row.purgedAt,
    })),
    counts: {
      waiting: count(STATUSES_OF.waiting),
      failed: count(STATUSES_OF.failed),
      done: count(STATUSES_OF.done),
    },
    lagSeconds: oldest ? Math.max(0, (Date.now() - oldest.createdAt.getTime()) / 1000) : 0,
  };
}
