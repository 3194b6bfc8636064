import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { pageWindow } from "@/lib/manage/list-params";
import type { MemberCountsDto, MemberRowDto, MrrPointDto } from "./dto";
import type { MemberFilters } from "./member-params";
import { termsSelect } from "./queries";
import { monthlyAmount, revenueByMonth } from "./rules";

export const MEMBERS_PAGE_SIZE = 50;

export function memberWhere(filters: MemberFilters): Prisma.MembershipWhereInput {
  return {
    ...(filters.tierId === "none"
      ? { tierId: null }
      : filters.tierId
        ? { tierId: filters.tierId }
        : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.since ? { startedAt: { gte: new Date(`${filters.since}T00:00:00Z`) } } : {}),
    // Addresses are stored lower-cased; names are matched case-blind.
    ...(filters.query
      ? {
          reader: {
            OR: [
              { email: { contains: filters.query } },
              { displayName: { contains: filters.query, mode: "insensitive" as const } },
            ],
          },
        }
      : {}),
  };
}

export const memberRowSelect = {
  id: true,
  ...termsSelect,
  reader: { select: { email: true, displayName: true } },
} as const;

type MemberRow = Prisma.MembershipGetPayload<{ select: typeof memberRowSelect }>;

export function toMemberRow(row: MemberRow): MemberRowDto {
  const { reader, tier, ...rest } = row;
  return {
    ...rest,
    email: reader.email,
    displayName: reader.displayName,
    tierName: tier?.name ?? null,
  };
}

export async function listMembers(
  filters: MemberFilters & { page: number },
): Promise<{ rows: MemberRowDto[]; total: number; page: number; pageCount: number }> {
  const where = memberWhere(filters);
  const total = await db.membership.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, MEMBERS_PAGE_SIZE, filters.page);
  const rows = await db.membership.findMany({
    where,
    orderBy: [{ startedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    skip,
    take,
    select: memberRowSelect,
  });
  return { rows: rows.map(toMemberRow), total, page, pageCount };
}

/** Members by state and tier, and what the active ones bring in each month. */
export async function getMemberCounts(): Promise<MemberCountsDto> {
  const [byStatus, active, tiers] = await Promise.all([
    db.membership.groupBy({ by: ["status"], _count: { _all: true } }),
    db.membership.findMany({
      where: { status: "ACTIVE" },
      select: { amount: true, interval: true, tierId: true },
    }),
    db.membershipTier.findMany({ select: { id: true, name: true }, orderBy: { position: "asc" } }),
  ]);
  const count = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  const perTier = [...tiers, { id: null, name: "Own amount" }].map((tier) => ({
    tierId: tier.id,
    name: tier.name,
    active: active.filter((row) => row.tierId === tier.id).length,
  }));
  return {
    active: count("ACTIVE"),
    pastDue: count("PAST_DUE"),
    canceled: count("CANCELED"),
    mrr: active.reduce((sum, row) => sum + monthlyAmount(row.amount, row.interval), 0),
    perTier: perTier.filter((tier) => tier.tierId !== null || tier.active > 0),
  };
}

/** Monthly recurring revenue at the end of each of the last `months` months. */
export async function getRevenueOverTime(now = new Date(), months = 12): Promise<MrrPointDto[]> {
  const rows = await db.membership.findMany({
    where: { startedAt: { not: null }, interval: { not: null }, status: { not: "INCOMPLETE" } },
    select: { amount: true, interval: true, startedAt: true, endedAt: true },
  });
  return revenueByMonth(rows, now, months);
}

/** The currency of the offer, for money shown on staff screens. */
export async function getOfferCurrency(): Promise<string> {
  const row = await db.membershipSettings.findUnique({
    where: { id: 1 },
    select: { currency: true },
  });
  return row?.currency ?? "usd";
}
