import "server-only";
import { cache } from "react";
import { z } from "zod";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { db } from "@/lib/db";
import { MEMBERSHIP_TAG } from "./cache-tags";
import type { FaqDto, MemberAccountDto, MembershipOfferDto, TierDto } from "./dto";
import { OFFER_DEFAULTS } from "./offer-defaults";
import { isMemberStatus } from "./rules";

/** What MembershipTermsDto is read from (with `tier.name` for its tierName). */
export const termsSelect = {
  status: true,
  interval: true,
  amount: true,
  currency: true,
  startedAt: true,
  currentPeriodEnd: true,
  cancelAtPeriodEnd: true,
  tier: { select: { name: true } },
} as const;

export const tierSelect = {
  id: true,
  name: true,
  description: true,
  monthlyAmount: true,
  annualAmount: true,
  position: true,
  active: true,
} as const;

const faqSchema = z.object({ question: z.string().min(1), answer: z.string().min(1) });

function validFaqs(value: unknown): FaqDto[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = faqSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The offer as readers see it: cached, the same for everyone, refreshed by `membership`. */
export const getMembershipOffer = cache((): Promise<MembershipOfferDto> =>
  cached("membership:offer", 10 * MINUTE, async () => ({
    value: await loadOffer(),
    tags: [MEMBERSHIP_TAG],
  })),
);

export async function loadOffer(): Promise<MembershipOfferDto> {
  const [row, tiers] = await Promise.all([
    db.membershipSettings.findUnique({ where: { id: 1 }, omit: { id: true, updatedAt: true } }),
    db.membershipTier.findMany({
      where: { active: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: tierSelect,
    }),
  ]);
  const offered = tiers.filter((tier) => tier.monthlyAmount !== null || tier.annualAmount !== null);
  if (!row) return { ...OFFER_DEFAULTS, tiers: offered };
  return { ...row, faqs: validFaqs(row.faqs), tiers: offered };
}

/** Every tier, retired ones too, for the staff screen. */
export async function listTiersForManage(): Promise<(TierDto & { members: number })[]> {
  const rows = await db.membershipTier.findMany({
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      ...tierSelect,
      _count: { select: { memberships: { where: { status: { in: ["ACTIVE", "PAST_DUE"] } } } } },
    },
  });
  return rows.map(({ _count, ...tier }) => ({ ...tier, members: _count.memberships }));
}

/** Whether a reader has a membership that brings the perks. Never cached: it is personal. */
export async function isActiveMember(readerId: string): Promise<boolean> {
  const row = await db.membership.findUnique({ where: { readerId }, select: { status: true } });
  return isMemberStatus(row?.status);
}

/** Whether an email address belongs to a member (member-only newsletters). */
export async function isMemberEmail(email: string): Promise<boolean> {
  const row = await db.reader.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { membership: { select: { status: true } } },
  });
  return isMemberStatus(row?.membership?.status);
}

/** A reader's own membership and its history, for their account page. */
export async function getOwnMembership(readerId: string): Promise<MemberAccountDto | null> {
  const row = await db.membership.findUnique({
    where: { readerId },
    select: {
      ...termsSelect,
      endedAt: true,
      events: {
        where: { outcome: "APPLIED" },
        orderBy: { occurredAt: "desc" },
        take: 20,
        select: { type: true, status: true, amount: true, donation: true, occurredAt: true },
      },
    },
  });
  if (!row) return null;
  const { tier, events, ...rest } = row;
  return { ...rest, tierName: tier?.name ?? null, history: events };
}

/** The Stripe customer of a reader, for the billing portal. */
export const getStripeCustomerId = cache(async (readerId: string): Promise<string | null> => {
  const row = await db.membership.findUnique({
    where: { readerId },
    select: { stripeCustomerId: true },
  });
  return row?.stripeCustomerId ?? null;
});
