import { defineLeaseQueue } from "@/lib/jobs/lease-queue";
import { MAX_ATTEMPTS, retryDelayMs } from "./backoff";

/** How long a delivery claim lasts; a batch stops at half of it. */
export const MAIL_LEASE_MS = 15 * 60_000;

/**
 * The outbox as a queue (lib/jobs/lease-queue.ts): QUEUED rows fall due at
 * nextAttemptAt, a claim makes them SENDING under a lease, and a lapsed
 * lease (the sender died) makes them due again.
 */
export const outboxQueue = defineLeaseQueue({
  name: "mail",
  table: "EmailOutbox",
  status: { waiting: "QUEUED", running: "SENDING", failed: "FAILED" },
  leaseMs: MAIL_LEASE_MS,
  retry: { maxAttempts: MAX_ATTEMPTS, delayMs: retryDelayMs },
  abandonedError: (attempts) =>
    `Sending stopped without finishing ${attempts} times (the sender may have been restarted mid-send).`,
});
