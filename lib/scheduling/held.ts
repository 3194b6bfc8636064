import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ChecklistItem } from "@/lib/articles/editing/checklist";
import type { Tx } from "@/lib/articles/editing/state";
import { db } from "@/lib/db";

/**
 * A scheduled article the scheduler would not publish when its time came
 * (it was edited into failing the checklist, or its unpublish time had
 * passed too). It stays SCHEDULED, so the dashboard shows it overdue in red;
 * the reason is an audit row, written once per article version, so a
 * scheduler running every few seconds does not fill the log, and the
 * dashboard reads the latest one.
 */
export const HELD_ACTION = "article.schedule-held";

export interface HeldReason {
  at: Date;
  problems: string[];
}

/** Records why the article was held, unless this version was already recorded. Returns whether it wrote. */
export async function recordHold(
  tx: Tx,
  article: { id: string; version: number; scheduledAt: Date | null },
  problems: string[],
): Promise<boolean> {
  const known = await tx.auditLog.findFirst({
    where: {
      entityType: "article",
      entityId: article.id,
      action: HELD_ACTION,
      data: { path: ["version"], equals: article.version },
    },
    select: { id: true },
  });
  if (known) return false;
  await tx.auditLog.create({
    data: {
      actorId: null,
      action: HELD_ACTION,
      entityType: "article",
      entityId: article.id,
      data: {
        by: "scheduler",
        version: article.version,
        dueAt: article.scheduledAt?.toISOString() ?? null,
        problems,
      },
    },
    select: { id: true },
  });
  return true;
}

/** The messages of the checklist items that failed. */
export function problemsOf(failing: ChecklistItem[]): string[] {
  return failing.map((item) => item.message ?? item.label);
}

/**
 * The admin's override given when this version was scheduled, if any: the
 * checklist was waived for the article as it was then, not for later edits.
 */
export async function scheduledOverride(
  tx: Tx,
  article: { id: string; version: number },
): Promise<Prisma.JsonObject | null> {
  const scheduled = await tx.auditLog.findFirst({
    where: {
      entityType: "article",
      entityId: article.id,
      action: "article.schedule",
      data: { path: ["version"], equals: article.version },
    },
    orderBy: { at: "desc" },
    select: { data: true },
  });
  const override = (scheduled?.data as Prisma.JsonObject | undefined)?.override;
  return override && typeof override === "object" && !Array.isArray(override) ? override : null;
}

/** Why each of these articles was last held, for the dashboard. */
export async function getHeldReasons(articleIds: string[]): Promise<Map<string, HeldReason>> {
  const reasons = new Map<string, HeldReason>();
  if (!articleIds.length) return reasons;
  const rows = await db.auditLog.findMany({
    where: { entityType: "article", entityId: { in: articleIds }, action: HELD_ACTION },
    orderBy: { at: "desc" },
    select: { entityId: true, at: true, data: true },
  });
  for (const row of rows) {
    if (reasons.has(row.entityId)) continue;
    const problems = (row.data as { problems?: unknown }).problems;
    reasons.set(row.entityId, {
      at: row.at,
      problems: Array.isArray(problems) ? problems.filter((p) => typeof p === "string") : [],
    });
  }
  return reasons;
}
