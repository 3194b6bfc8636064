import "server-only";
import { z } from "zod";
import type { Staff } from "@/lib/auth/session";
import { notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { wakeWorker } from "@/lib/jobs/wake";
import { recordAudit } from "@/lib/manage/audit";
import { idField } from "@/lib/manage/form-schemas";
import { nudgeMailDelivery } from "./outbox";

export const retryOutboxSchema = z.object({ id: idField });
export type RetryOutboxInput = z.output<typeof retryOutboxSchema>;

/**
 * "Retry now" on a FAILED message: back to QUEUED, due at once, with a fresh
 * set of attempts (so a passing outage gets the whole backoff schedule
 * again). Only a failed message: one that was sent, kept or is still being
 * tried is left alone, so a retry can never cause a second copy.
 */
export async function retryOutboxMessage(
  staff: Staff,
  input: RetryOutboxInput,
): Promise<ActionResult<{ id: string }>> {
  const result = await db.$transaction(async (tx): Promise<ActionResult<{ id: string }>> => {
    const row = await tx.emailOutbox.findUnique({
      where: { id: input.id },
      select: { status: true, attempts: true, lastError: true },
    });
    if (!row) return notFound("That message");
    const moved = await tx.emailOutbox.updateMany({
      where: { id: input.id, status: "FAILED" },
      data: { status: "QUEUED", attempts: 0, nextAttemptAt: new Date() },
    });
    if (moved.count) await wakeWorker(tx, "mail");
    if (moved.count === 0) {
      return {
        ok: false,
        code: "conflict",
        error: `Only a failed message can be retried; this one is ${row.status.toLowerCase()}.`,
      };
    }
    // No address or content in the audit row: it outlives the outbox's retention.
    await recordAudit(tx, {
      actorId: staff.id,
      action: "email.retry",
      entityType: "email",
      entityId: input.id,
      data: { previousAttempts: row.attempts, lastError: row.lastError.slice(0, 200) },
    });
    return ok({ id: input.id });
  });
  if (result.ok) nudgeMailDelivery();
  return result;
}
