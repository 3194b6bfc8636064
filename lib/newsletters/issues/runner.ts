import "server-only";
import { db } from "@/lib/db";
import { sendIssueBatch, type BatchOptions } from "./sending";

/**
 * The background side of sending issues: batches for every issue that is
 * sending, the outbox's results copied back to each recipient, counts kept
 * on the issue, and an issue marked sent once nobody is left pending. Safe
 * to run in several places at once (the batches claim rows with SKIP
 * LOCKED; the status changes are conditional).
 */

/** How long one run keeps sending before it yields to the next tick. */
export const RUN_BUDGET_MS = 10_000;

export interface RunOptions extends BatchOptions {
  budgetMs?: number;
}

/**
 * The outbox's outcome of each queued email, onto its delivery: sent, kept
 * (no SMTP configured) or failed for good. Retries stay QUEUED.
 */
export async function syncIssueDeliveries(issueId: string, now: Date): Promise<void> {
  await db.$executeRaw`
    UPDATE "IssueDelivery" d
    SET "status" = (CASE e."status" WHEN 'SENT' THEN 'SENT' WHEN 'KEPT' THEN 'KEPT' ELSE 'FAILED' END)::"IssueDeliveryStatus",
        "finishedAt" = COALESCE(e."sentAt", e."updatedAt", ${now}),
        "detail" = e."lastError"
    FROM "EmailOutbox" e
    WHERE d."issueId" = ${issueId} AND d."status" = 'QUEUED' AND d."emailId" = e."id"
      AND e."status" IN ('SENT', 'KEPT', 'FAILED')`;
  const groups = await db.issueDelivery.groupBy({
    by: ["status"],
    where: { issueId },
    _count: { _all: true },
  });
  const count = (...statuses: string[]) =>
    groups.filter((g) => statuses.includes(g.status)).reduce((sum, g) => sum + g._count._all, 0);
  await db.newsletterIssue.update({
    where: { id: issueId },
    data: {
      sentCount: count("SENT", "KEPT"),
      failedCount: count("FAILED"),
      skippedCount: count("SKIPPED"),
    },
    select: { id: true },
  });
}

/** Sending → sent once no recipient is pending (queued ones are in the outbox's hands). */
async function finishIfDone(issueId: string, now: Date): Promise<boolean> {
  const pending = await db.issueDelivery.count({ where: { issueId, status: "PENDING" } });
  if (pending > 0) return false;
  return db.$transaction(async (tx) => {
    const done = await tx.newsletterIssue.updateMany({
      where: { id: issueId, status: "SENDING" },
      data: { status: "SENT", sentAt: now },
    });
    if (done.count === 0) return false;
    await tx.auditLog.create({
      data: {
        actorId: null,
        action: "newsletter.issue-sent",
        entityType: "newsletterIssue",
        entityId: issueId,
        data: { by: "sender" },
      },
      select: { id: true },
    });
    return true;
  });
}

export async function runIssueSending(
  now: Date = new Date(),
  options: RunOptions = {},
): Promise<{ lines: string[]; queued: number }> {
  const lines: string[] = [];
  let queued = 0;
  const deadline = performance.now() + (options.budgetMs ?? RUN_BUDGET_MS);
  const issues = await db.newsletterIssue.findMany({
    where: {
      OR: [
        { status: "SENDING" },
        // Sent (or cancelled) issues whose last emails are still in the outbox.
        { status: { in: ["SENT", "CANCELLED"] }, deliveries: { some: { status: "QUEUED" } } },
      ],
    },
    orderBy: [{ sendStartedAt: "asc" }, { id: "asc" }],
    select: { id: true, subject: true, status: true },
  });
  for (const issue of issues) {
    if (issue.status === "SENDING") {
      let issueQueued = 0;
      let skipped = 0;
      let failed = 0;
      while (performance.now() < deadline) {
        const batch = await sendIssueBatch(issue.id, now, options);
        issueQueued += batch.queued;
        skipped += batch.skipped;
        failed += batch.failed;
        if (batch.stopped || batch.claimed === 0) break;
        // Keeps the progress screen moving during a long run.
        await syncIssueDeliveries(issue.id, now);
      }
      queued += issueQueued;
      if (issueQueued || skipped || failed) {
        lines.push(
          `[newsletters] “${issue.subject}”: queued ${issueQueued}` +
            (skipped ? `, skipped ${skipped}` : "") +
            (failed ? `, ${failed} unusable address(es)` : ""),
        );
      }
    }
    await syncIssueDeliveries(issue.id, now);
    if (issue.status === "SENDING" && (await finishIfDone(issue.id, now))) {
      lines.push(`[newsletters] “${issue.subject}”: every recipient handed to the outbox`);
    }
  }
  return { lines, queued };
}
