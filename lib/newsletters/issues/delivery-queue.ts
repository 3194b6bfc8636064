import { defineLeaseQueue } from "@/lib/jobs/lease-queue";

/**
 * An issue's recipients as a queue (lib/jobs/lease-queue.ts), held by the
 * row lock of the batch's transaction rather than a lease: a batch only
 * writes to the database (the outbox rows and the marks), so a crash rolls
 * it all back and there is never a half-sent batch to take over.
 */
export const issueDeliveryQueue = defineLeaseQueue({
  name: "newsletter-batches",
  table: "IssueDelivery",
  status: { waiting: "PENDING" },
  // Recipients are due from the moment the send starts (the snapshot).
  columns: {
    dueAt: "createdAt",
    attempts: null,
    leaseToken: null,
    leaseExpiresAt: null,
    lastError: "detail",
    updatedAt: null,
  },
});
