import "server-only";
import { db } from "@/lib/db";
import type { BackgroundTask } from "@/lib/jobs/tasks";
import { readMailSettings } from "./config";
import { DEFAULT_BATCH_SIZE, deliverDueEmails } from "./delivery";
import { outboxQueue } from "./queue";
import { pruneOutbox } from "./retention";

/** Batches per run while the queue stays full, and a time budget for them. */
const MAX_BATCHES_PER_RUN = 5;
const RUN_BUDGET_MS = 20_000;
/** Pruning is cheap but need not run every 15 s. */
const PRUNE_EVERY_MS = 60 * 60_000;

const holder = globalThis as unknown as { newsroomOutboxPrunedAt?: number };

/**
 * Delivers due mail (or keeps it, with no SMTP_URL) and deletes old sent
 * mail. Registered in lib/jobs/tasks.ts after the tasks that queue mail, so
 * their mail leaves on the same tick.
 */
export const mailDeliveryTask: BackgroundTask = {
  name: "mail",
  wakeOn: ["mail"],
  drains: true,
  nextDueAt: (now) => outboxQueue.nextDueAt(db, now),
  async run(now, signal) {
    const lines: string[] = [];
    const started = performance.now();
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN && !signal?.aborted; batch++) {
      const report = await deliverDueEmails(now);
      lines.push(...report.lines);
      const handled = report.sent + report.retrying + report.failed;
      if (handled < DEFAULT_BATCH_SIZE || performance.now() - started > RUN_BUDGET_MS) break;
    }
    const lastPruned = holder.newsroomOutboxPrunedAt ?? 0;
    if (now.getTime() - lastPruned >= PRUNE_EVERY_MS) {
      holder.newsroomOutboxPrunedAt = now.getTime();
      const pruned = await pruneOutbox(now, readMailSettings().retentionDays);
      if (pruned) lines.push(`[mail] deleted ${pruned} outbox message(s) past retention`);
    }
    return lines;
  },
};
