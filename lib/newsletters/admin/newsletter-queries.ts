import "server-only";
import { db } from "@/lib/db";
import type { StatusCounts, ManagedNewsletterDto } from "./dto";

/** Reads for the staff newsletter screens; uncached so a save shows at once. */

/** The columns the newsletter form edits; a save's audit entry compares them too. */
export const newsletterFormSelect = {
  name: true,
  slug: true,
  description: true,
  cadence: true,
  senderName: true,
  senderEmail: true,
  active: true,
  membersOnly: true,
  edition: true,
  position: true,
} as const;

const select = { id: true, ...newsletterFormSelect } as const;

const emptyCounts = (): StatusCounts => ({ PENDING: 0, CONFIRMED: 0, UNSUBSCRIBED: 0 });

/** Subscriptions per status per newsletter, from the (newsletterId, status) index. */
async function countsByNewsletter(ids?: string[]): Promise<Map<string, StatusCounts>> {
  const groups = await db.subscription.groupBy({
    by: ["newsletterId", "status"],
    where: ids ? { newsletterId: { in: ids } } : {},
    _count: { _all: true },
  });
  const counts = new Map<string, StatusCounts>();
  for (const group of groups) {
    const entry = counts.get(group.newsletterId) ?? emptyCounts();
    entry[group.status] = group._count._all;
    counts.set(group.newsletterId, entry);
  }
  return counts;
}

/** Every newsletter in reader order, with its subscriber counts. */
export async function listNewslettersForManage(): Promise<ManagedNewsletterDto[]> {
  const [rows, counts] = await Promise.all([
    db.newsletter.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select }),
    countsByNewsletter(),
  ]);
  return rows.map((row) => ({ ...row, counts: counts.get(row.id) ?? emptyCounts() }));
}

export async function getNewsletterForManage(id: string): Promise<ManagedNewsletterDto | null> {
  const row = await db.newsletter.findUnique({ where: { id }, select });
  if (!row) return null;
  const counts = await countsByNewsletter([id]);
  return { ...row, counts: counts.get(id) ?? emptyCounts() };
}

/** Names for filters and pickers. */
export async function listNewsletterChoices(): Promise<
  { id: string; name: string; active: boolean }[]
> {
  return db.newsletter.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, active: true },
  });
}

/** The next free position, so a new newsletter goes last by default. */
export async function nextNewsletterPosition(): Promise<number> {
  const last = await db.newsletter.aggregate({ _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}
