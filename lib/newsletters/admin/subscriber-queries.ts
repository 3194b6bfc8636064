import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { pageWindow } from "@/lib/manage/list-params";
import type { SubscriberFilters } from "./subscriber-params";
import type { SubscriptionRowDto } from "./dto";

export const SUBSCRIBERS_PAGE_SIZE = 50;

export function subscriptionWhere(filters: SubscriberFilters): Prisma.SubscriptionWhereInput {
  return {
    ...(filters.newsletterId ? { newsletterId: filters.newsletterId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    // Addresses are stored lower-cased, so a plain contains is case-blind.
    ...(filters.query ? { subscriber: { email: { contains: filters.query } } } : {}),
  };
}

export const subscriptionRowSelect = {
  id: true,
  status: true,
  source: true,
  createdAt: true,
  confirmedAt: true,
  unsubscribedAt: true,
  subscriber: { select: { email: true } },
  newsletter: { select: { name: true, slug: true } },
} as const;

export async function listSubscriptions(
  filters: SubscriberFilters & { page: number },
): Promise<{ rows: SubscriptionRowDto[]; total: number; page: number; pageCount: number }> {
  const where = subscriptionWhere(filters);
  const total = await db.subscription.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, SUBSCRIBERS_PAGE_SIZE, filters.page);
  const rows = await db.subscription.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: subscriptionRowSelect,
  });
  return {
    rows: rows.map((row) => ({
      id: row.id,
      email: row.subscriber.email,
      newsletterName: row.newsletter.name,
      status: row.status,
      source: row.source,
      createdAt: row.createdAt,
      confirmedAt: row.confirmedAt,
      unsubscribedAt: row.unsubscribedAt,
    })),
    total,
    page,
    pageCount,
  };
}
