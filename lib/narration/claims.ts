import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { SpeechProvider } from "./providers/speech-provider";

/**
 * Claiming queued narrations so that several servers and `npm run jobs`
 * never make the same one: a row lock with SKIP LOCKED picks the next due
 * row, which becomes RUNNING under a lease and a token. Only the token's
 * holder may finish it; each finished chunk renews the lease, and a row
 * whose holder died is claimed again once its lease has run out.
 */

export const LEASE_MS = 2 * 60_000;
/** Pause before attempt n+1: 30 s, 2 min, 8 min, 32 min, then hourly. */
export function retryDelayMs(attempts: number): number {
  return Math.min(3_600_000, 30_000 * 4 ** Math.max(0, attempts - 1));
}

export interface Claimed {
  id: string;
  articleId: string;
  attempts: number;
  leaseToken: string;
}

export class LostLease extends Error {}

export type Clock = () => Date;

export async function claimNext(clock: Clock, provider: SpeechProvider, maxAttempts: number) {
  const at = clock();
  return db.$transaction(async (tx): Promise<Claimed | null> => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Narration"
      WHERE ("status" = 'PENDING' AND "nextAttemptAt" <= ${at})
         OR ("status" = 'RUNNING' AND "leaseExpiresAt" < ${at} AND "attempts" < ${maxAttempts})
      ORDER BY "nextAttemptAt", "createdAt", "id"
      LIMIT 1
      FOR UPDATE SKIP LOCKED`;
    const id = rows[0]?.id;
    if (!id) return null;
    const leaseToken = randomUUID();
    const row = await tx.narration.update({
      where: { id },
      data: {
        status: "RUNNING",
        attempts: { increment: 1 },
        leaseToken,
        leaseExpiresAt: new Date(at.getTime() + LEASE_MS),
        startedAt: at,
        chunksDone: 0,
        chunksTotal: 0,
        provider: provider.name,
        voice: provider.voice,
      },
      select: { id: true, articleId: true, attempts: true },
    });
    return { ...row, leaseToken };
  });
}

/** Runs whose holder vanished after the last allowed attempt. */
export async function failAbandoned(clock: Clock, maxAttempts: number): Promise<number> {
  const result = await db.narration.updateMany({
    where: { status: "RUNNING", leaseExpiresAt: { lt: clock() }, attempts: { gte: maxAttempts } },
    data: {
      status: "FAILED",
      leaseToken: null,
      leaseExpiresAt: null,
      lastError: `Stopped without finishing ${maxAttempts} times (the server may have restarted while it was generating).`,
    },
  });
  return result.count;
}

/** After each chunk: the lease runs on, or the work stops if it was taken away. */
export async function renewLease(job: Claimed, clock: Clock, done: number, total: number) {
  const renewed = await db.narration.updateMany({
    where: { id: job.id, leaseToken: job.leaseToken, status: "RUNNING" },
    data: {
      chunksDone: done,
      chunksTotal: total,
      leaseExpiresAt: new Date(clock().getTime() + LEASE_MS),
    },
  });
  if (!renewed.count) throw new LostLease();
}
