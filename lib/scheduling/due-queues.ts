import { defineLeaseQueue } from "@/lib/jobs/lease-queue";

/**
 * Scheduled articles as two queues on the Article table
 * (lib/jobs/lease-queue.ts): publishing (SCHEDULED, due at scheduledAt) and
 * taking down (PUBLISHED, due at unpublishAt). Each article is held by the
 * row lock of the transaction that publishes it, so a second scheduler
 * skips it and, once the first commits, no longer finds it due.
 */
const articleColumns = {
  createdAt: null,
  attempts: null,
  leaseToken: null,
  leaseExpiresAt: null,
  lastError: null,
  updatedAt: null,
} as const;

export const publishQueue = defineLeaseQueue({
  name: "scheduled-publishing",
  table: "Article",
  status: { waiting: "SCHEDULED" },
  columns: { ...articleColumns, dueAt: "scheduledAt" },
});

export const takeDownQueue = defineLeaseQueue({
  name: "scheduled-take-downs",
  table: "Article",
  status: { waiting: "PUBLISHED" },
  columns: { ...articleColumns, dueAt: "unpublishAt" },
});
