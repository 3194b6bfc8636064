import "server-only";
import { stringify } from "csv-stringify/sync";
import type { Prisma } from "@/generated/prisma/client";
import type { Staff } from "@/lib/auth/session";
import { ok, type ActionResult } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/manage/audit";
import { csvTime, safeCsvCell } from "./csv-cells";
import type { SubscriberFilters } from "./subscriber-params";
import { subscriptionRowSelect, subscriptionWhere } from "./subscriber-queries";

export const EXPORT_HEADER = [
  "email",
  "newsletter",
  "status",
  "subscribed_at",
  "confirmed_at",
  "unsubscribed_at",
  "source",
] as const;

type SubscriptionCsvRow = Prisma.SubscriptionGetPayload<{ select: typeof subscriptionRowSelect }>;

/** Rows read per query: the file streams out while later rows are read. */
const CHUNK = 1000;

/**
 * The CSV lines of every subscription matching the filters, a chunk at a
 * time (keyset on id, so a large list never sits in memory and rows added
 * meanwhile cannot shift a page). Every cell is formula-safe.
 */
export async function* subscriptionCsvChunks(filters: SubscriberFilters): AsyncGenerator<string> {
  yield stringify([EXPORT_HEADER as unknown as string[]]);
  const where = subscriptionWhere(filters);
  let after: string | null = null;
  for (;;) {
    const rows: SubscriptionCsvRow[] = await db.subscription.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: "asc" },
      take: CHUNK,
      select: subscriptionRowSelect,
    });
    if (!rows.length) return;
    yield stringify(
      rows.map((row) =>
        [
          row.subscriber.email,
          row.newsletter.slug,
          row.status.toLowerCase(),
          csvTime(row.createdAt),
          csvTime(row.confirmedAt),
          csvTime(row.unsubscribedAt),
          row.source,
        ].map(safeCsvCell),
      ),
    );
    after = rows[rows.length - 1]!.id;
    if (rows.length < CHUNK) return;
  }
}

/**
 * Starts an export: checks the permission and records who took which
 * addresses out (personal data leaving the system is always audited).
 */
export async function startSubscriberExport(
  staff: Staff,
  filters: SubscriberFilters,
): Promise<ActionResult<{ chunks: AsyncGenerator<string>; fileName: string }>> {
  const count = await db.subscription.count({ where: subscriptionWhere(filters) });
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: staff.id,
      action: "subscriber.export",
      entityType: "newsletter",
      entityId: filters.newsletterId || "all",
      data: { query: filters.query, status: filters.status, rows: count },
    }),
  );
  const day = new Date().toISOString().slice(0, 10);
  return ok({ chunks: subscriptionCsvChunks(filters), fileName: `subscribers-${day}.csv` });
}
