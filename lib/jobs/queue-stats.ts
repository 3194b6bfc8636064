import "server-only";
import { db } from "@/lib/db";
import { edgePurgeStats } from "@/lib/edge/purge-queue";
import { outboxQueue } from "@/lib/mail/queue";
import { narrationQueue } from "@/lib/narration/claims";
import { issueDeliveryQueue } from "@/lib/newsletters/issues/delivery-queue";
import { publishQueue, takeDownQueue } from "@/lib/scheduling/due-queues";
import type { LeaseQueue, QueueStats } from "./lease-queue";

/**
 * Each queue's depth (due or running) and the age of its oldest due item,
 * for /metrics (lib/server/metrics.ts `collectQueues`). A queue may be
 * several tables' rows under one name; a new queue adds a line here.
 */
const METRIC_QUEUES: { name: string; parts: LeaseQueue[] }[] = [
  { name: "scheduled-publishing", parts: [publishQueue, takeDownQueue] },
  { name: "mail", parts: [outboxQueue] },
  { name: "newsletter-batches", parts: [issueDeliveryQueue] },
  { name: "narration", parts: [narrationQueue] },
];

export async function collectQueueStats(now: Date): Promise<QueueStats[]> {
  const leased = Promise.all(
    METRIC_QUEUES.map(async ({ name, parts }) => {
      const stats = await Promise.all(parts.map((queue) => queue.stats(db, now)));
      return {
        queue: name,
        depth: stats.reduce((sum, stat) => sum + stat.depth, 0),
        oldestAgeSeconds: Math.max(0, ...stats.map((stat) => stat.oldestAgeSeconds)),
      };
    }),
  );
  // Edge purges keep their own claim (one row is sent to every edge, then confirmed).
  return [...(await leased), await edgePurgeStats(now)];
}
