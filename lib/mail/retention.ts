import "server-only";
import { db } from "@/lib/db";

const PRUNE_BATCH = 1_000;

/**
 * The outbox holds readers' addresses and personal links: settled messages
 * (sent, kept without SMTP, failed for good) are deleted once they were
 * settled more than OUTBOX_RETENTION_DAYS ago (updatedAt: when they were
 * sent, kept or given up on), so a message that waited long in the queue
 * is still kept its full time after it was sent. Queued and sending
 * messages are never touched.
 * Deletes at most PRUNE_BATCH rows a call, so one run stays short.
 */
export async function pruneOutbox(now: Date, retentionDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60_000);
  return db.$executeRaw`
    DELETE FROM "EmailOutbox" WHERE "id" IN (
      SELECT "id" FROM "EmailOutbox"
      WHERE "updatedAt" < ${cutoff} AND "status" IN ('SENT', 'KEPT', 'FAILED')
      LIMIT ${PRUNE_BATCH})`;
}
