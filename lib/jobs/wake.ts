import type { Prisma } from "@/generated/prisma/client";

/**
 * Wake-ups for the worker: an enqueuer sends the queue's name on this
 * PostgreSQL channel, inside its own transaction, so the notification is
 * delivered exactly when the work commits (never for a rolled-back write).
 * The worker (lib/jobs/worker.ts) listens and runs that queue at once; its
 * interval is the fallback when a notification is lost.
 */
export const JOBS_CHANNEL = "newsroom_jobs";

/** The queues a notification can name, one per worker lane that listens for it. */
export type WakeQueue = "publishing" | "mail" | "narration" | "newsletters";

export async function wakeWorker(
  client: Pick<Prisma.TransactionClient, "$executeRaw">,
  queue: WakeQueue,
): Promise<void> {
  await client.$executeRaw`SELECT pg_notify(${JOBS_CHANNEL}, ${queue})`;
}
