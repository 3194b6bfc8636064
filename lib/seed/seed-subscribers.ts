import type { Prisma } from "@/generated/prisma/client";
import { DEMO_SUBSCRIBERS } from "./demo/subscribers";

const DAY_MS = 24 * 3600_000;

/** Writes the demo subscribers, in the seed's transaction, after the newsletters. */
export async function writeDemoSubscribers(tx: Prisma.TransactionClient, now: Date) {
  const newsletters = await tx.newsletter.findMany({ select: { id: true, slug: true } });
  const idOf = new Map(newsletters.map((newsletter) => [newsletter.slug, newsletter.id]));
  for (const demo of DEMO_SUBSCRIBERS) {
    const first = Math.max(...demo.subscriptions.map((s) => s.daysAgo));
    const subscriber = await tx.subscriber.create({
      data: { email: demo.email, createdAt: new Date(now.getTime() - first * DAY_MS) },
      select: { id: true },
    });
    await tx.subscription.createMany({
      data: demo.subscriptions.flatMap((s) => {
        const newsletterId = idOf.get(s.newsletter);
        if (!newsletterId) return [];
        const at = new Date(now.getTime() - s.daysAgo * DAY_MS);
        const later = new Date(at.getTime() + DAY_MS / 2);
        return [
          {
            subscriberId: subscriber.id,
            newsletterId,
            status: s.status,
            source: s.source,
            createdAt: at,
            confirmedAt: s.status === "PENDING" ? null : at,
            unsubscribedAt: s.status === "UNSUBSCRIBED" ? later : null,
          },
        ];
      }),
    });
  }
}
