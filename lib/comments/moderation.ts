import "server-only";
import { tags } from "@/lib/cache/tags";
import { z } from "zod";
import type { Staff } from "@/lib/auth/session";
import { notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { invalidate } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/manage/audit";

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const DECISIONS = ["APPROVED", "REJECTED", "SPAM"] as const;
export type Decision = (typeof DECISIONS)[number];

const AUDIT_ACTION: Record<Decision, string> = {
  APPROVED: "comment.approve",
  REJECTED: "comment.reject",
  SPAM: "comment.spam",
};

export const moderateSchema = z.object({
  ids: z.array(id).min(1, "Select at least one comment.").max(100, "Select at most 100 at once."),
  decision: z.enum(DECISIONS),
});

export const banSchema = z.object({
  readerId: id,
  /** Also take every comment of theirs off the site (rejected). */
  removeComments: z.boolean().default(false),
});

export const unbanSchema = z.object({ readerId: id });

/**
 * Approves, rejects or marks comments as spam, one or many. Each comment
 * that changes gets its own audit row; the articles whose readers would see
 * the difference are refreshed after the transaction commits.
 */
export async function moderateComments(
  staff: Staff,
  input: z.output<typeof moderateSchema>,
): Promise<ActionResult<{ changed: number }>> {
  const now = new Date();
  const touched = await db.$transaction(async (tx) => {
    const rows = await tx.comment.findMany({
      where: { id: { in: [...new Set(input.ids)] } },
      select: { id: true, status: true, articleId: true, readerId: true, deletedAt: true },
    });
    const changing = rows.filter((row) => row.status !== input.decision);
    for (const row of changing) {
      // Conditional on the status read, so two moderators deciding at once
      // leave one audit row per change that actually happened.
      const updated = await tx.comment.updateMany({
        where: { id: row.id, status: row.status },
        data: { status: input.decision, moderatedById: staff.id, moderatedAt: now },
      });
      if (updated.count === 0) continue;
      await recordAudit(tx, {
        actorId: staff.id,
        action: AUDIT_ACTION[input.decision],
        entityType: "comment",
        entityId: row.id,
        data: {
          from: row.status,
          to: input.decision,
          articleId: row.articleId,
          readerId: row.readerId,
        },
      });
    }
    // Only a change to or from "approved" alters a reader page (deleted ones never show).
    const visible = changing.filter(
      (row) => !row.deletedAt && (row.status === "APPROVED" || input.decision === "APPROVED"),
    );
    await invalidate(
      tx,
      visible.map((row) => tags.comments(row.articleId)),
    );
    return { found: rows.length, changing };
  });
  if (touched.found === 0) return notFound("These comments");
  return ok({ changed: touched.changing.length });
}

/**
 * Bans a reader: from now on every post, edit and deletion of theirs is
 * refused (checked in each command under a lock on the reader's row, not
 * only in the form). Their held comments are rejected; with removeComments,
 * their published ones too.
 */
export async function banReader(
  staff: Staff,
  input: z.output<typeof banSchema>,
): Promise<ActionResult<{ removed: number }>> {
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ bannedAt: Date | null }[]>`
      SELECT "bannedAt" FROM "Reader" WHERE "id" = ${input.readerId} FOR UPDATE`;
    if (!locked[0]) return null;
    if (!locked[0].bannedAt) {
      await tx.reader.update({ where: { id: input.readerId }, data: { bannedAt: now } });
    }
    const statuses = input.removeComments
      ? (["PENDING", "APPROVED"] as const)
      : (["PENDING"] as const);
    const hidden = await tx.comment.findMany({
      where: { readerId: input.readerId, status: { in: [...statuses] } },
      select: { articleId: true, status: true, deletedAt: true },
    });
    const { count } = await tx.comment.updateMany({
      where: { readerId: input.readerId, status: { in: [...statuses] } },
      data: { status: "REJECTED", moderatedById: staff.id, moderatedAt: now },
    });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "reader.ban",
      entityType: "reader",
      entityId: input.readerId,
      data: {
        removeComments: input.removeComments,
        rejected: count,
        alreadyBanned: !!locked[0].bannedAt,
      },
    });
    await invalidate(
      tx,
      hidden
        .filter((row) => row.status === "APPROVED" && !row.deletedAt)
        .map((row) => tags.comments(row.articleId)),
    );
    return { count };
  });
  if (!result) return notFound("This reader");
  return ok({ removed: result.count });
}

/** Lifts a ban. Comments rejected with it stay rejected; a moderator may approve them one by one. */
export async function unbanReader(
  staff: Staff,
  input: z.output<typeof unbanSchema>,
): Promise<ActionResult<null>> {
  const found = await db.$transaction(async (tx) => {
    const reader = await tx.reader.findUnique({
      where: { id: input.readerId },
      select: { bannedAt: true },
    });
    if (!reader) return false;
    if (reader.bannedAt) {
      await tx.reader.update({ where: { id: input.readerId }, data: { bannedAt: null } });
      await recordAudit(tx, {
        actorId: staff.id,
        action: "reader.unban",
        entityType: "reader",
        entityId: input.readerId,
        data: { bannedAt: reader.bannedAt.toISOString() },
      });
    }
    return true;
  });
  return found ? ok(null) : notFound("This reader");
}
