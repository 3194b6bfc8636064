import "server-only";
import { db } from "@/lib/db";
import { defineLeaseQueue, type Lease } from "@/lib/jobs/lease-queue";
import type { SpeechProvider } from "./providers/speech-provider";

/**
 * Narrations as a queue (lib/jobs/lease-queue.ts), so several servers and
 * `npm run jobs` never make the same one: the next due PENDING row becomes
 * RUNNING under a lease and a token. Only the token's holder may finish it;
 * each finished chunk renews the lease, and a row whose holder died is
 * claimed again once its lease has run out.
 */

export const LEASE_MS = 2 * 60_000;
/** Pause before attempt n+1: 30 s, 2 min, 8 min, 32 min, then hourly. */
export function retryDelayMs(attempts: number): number {
  return Math.min(3_600_000, 30_000 * 4 ** Math.max(0, attempts - 1));
}

export const narrationQueue = defineLeaseQueue({
  name: "narration",
  table: "Narration",
  status: { waiting: "PENDING", running: "RUNNING", failed: "FAILED" },
  leaseMs: LEASE_MS,
  retry: { maxAttempts: 4, delayMs: retryDelayMs },
  abandonedError: (attempts) =>
    `Stopped without finishing ${attempts} times (the server may have restarted while it was generating).`,
});

export interface Claimed {
  id: string;
  articleId: string;
  attempts: number;
  lease: Lease;
}

export class LostLease extends Error {}

export type Clock = () => Date;

export async function claimNext(
  clock: Clock,
  provider: SpeechProvider,
  maxAttempts: number,
): Promise<Claimed | null> {
  const at = clock();
  const [lease] = await narrationQueue.claim(db, {
    now: at,
    maxAttempts,
    returning: ["articleId"],
    set: {
      startedAt: at,
      chunksDone: 0,
      chunksTotal: 0,
      provider: provider.name,
      voice: provider.voice,
    },
  });
  if (!lease) return null;
  return { id: lease.id, articleId: String(lease.row.articleId), attempts: lease.attempts, lease };
}

/** Runs whose holder vanished after the last allowed attempt. */
export function failAbandoned(clock: Clock, maxAttempts: number): Promise<number> {
  return narrationQueue.failAbandoned(db, { now: clock(), maxAttempts });
}

/** After each chunk: the lease runs on, or the work stops if it was taken away. */
export async function renewLease(job: Claimed, clock: Clock, done: number, total: number) {
  const renewed = await narrationQueue.renew(db, job.lease, {
    now: clock(),
    set: { chunksDone: done, chunksTotal: total },
  });
  if (!renewed) throw new LostLease();
}
