import "server-only";
import type { BackgroundTask } from "@/lib/jobs/tasks";
import { db } from "@/lib/db";

/**
 * Sign-ups that were never confirmed are not consent, and the address may
 * not even be the signer's: a day after the confirmation link expired, the
 * pending subscription goes, and so does its subscriber when nothing else is
 * left. Unsubscribed rows stay (they are what stops an import re-adding
 * someone); a re-sign-up that was never confirmed only loses its token.
 */
export const PRUNE_GRACE_MS = 24 * 60 * 60_000;
const BATCH = 500;

export async function pruneUnconfirmedSignUps(now: Date): Promise<string[]> {
  const cutoff = new Date(now.getTime() - PRUNE_GRACE_MS);
  const stale = await db.subscription.findMany({
    where: { status: "PENDING", confirmTokenExpiresAt: { lt: cutoff } },
    select: { id: true, subscriberId: true },
    take: BATCH,
  });
  let removed = 0;
  let forgotten = 0;
  if (stale.length) {
    // The condition is repeated: a row confirmed since it was read stays.
    removed = (
      await db.subscription.deleteMany({
        where: {
          id: { in: stale.map((row) => row.id) },
          status: "PENDING",
          confirmTokenExpiresAt: { lt: cutoff },
        },
      })
    ).count;
    forgotten = (
      await db.subscriber.deleteMany({
        where: {
          id: { in: [...new Set(stale.map((row) => row.subscriberId))] },
          subscriptions: { none: {} },
          issueDeliveries: { none: {} },
        },
      })
    ).count;
  }
  const cleared = await db.subscription.updateMany({
    where: { status: "UNSUBSCRIBED", confirmTokenExpiresAt: { lt: cutoff } },
    data: { confirmTokenHash: null, confirmTokenExpiresAt: null },
  });
  if (!removed && !forgotten && !cleared.count) return [];
  return [
    `[newsletters] pruned ${removed} unconfirmed sign-up(s), ${forgotten} address(es), ${cleared.count} expired re-sign-up(s)`,
  ];
}

const PRUNE_EVERY_MS = 60 * 60_000;
const holder = globalThis as { newsroomSignUpPrunedAt?: number };

/** Hourly is plenty for a privacy clean-up; the scheduler ticks every 15 seconds. */
export const pruneSignUpsTask: BackgroundTask = {
  name: "newsletter-sign-up-pruning",
  run: async (now) => {
    if (now.getTime() - (holder.newsroomSignUpPrunedAt ?? 0) < PRUNE_EVERY_MS) return [];
    holder.newsroomSignUpPrunedAt = now.getTime();
    return pruneUnconfirmedSignUps(now);
  },
};
