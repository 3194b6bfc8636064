import type { Db } from "@/lib/db/client";

/** The demo's membership tiers: amounts in cents. */
export const DEMO_TIERS = [
  {
    name: "Reader",
    description: "Keep our reporting free for everyone who needs it.",
    monthlyAmount: 500,
    annualAmount: 5000,
    position: 0,
  },
  {
    name: "Supporter",
    description: "Pays for a day of a reporter's work in the field each year, and our thanks.",
    monthlyAmount: 1000,
    annualAmount: 10000,
    position: 1,
  },
  {
    name: "Patron",
    description: "Funds long investigations and the translation of our work into Ukrainian.",
    monthlyAmount: 2500,
    annualAmount: 25000,
    position: 2,
  },
];

const DAY = 86_400_000;
const FIRST_NAMES = ["Olena", "Mark", "Iryna", "Tom", "Sofia", "Ben", "Kateryna", "Anna", "Piotr"];

/**
 * Tiers for the demo newsroom, and demo members who joined over the past
 * year (some since gone), so the members screen and its revenue chart have
 * something to show. Once: a newsroom that has its own tiers keeps them.
 * The Stripe customer ids are made up; nothing here talks to Stripe.
 */
export async function seedMembership(db: Db, now = new Date()): Promise<number> {
  if (await db.membershipTier.count()) return 0;
  await db.membershipTier.createMany({ data: DEMO_TIERS });
  const tiers = await db.membershipTier.findMany({
    orderBy: { position: "asc" },
    select: { id: true, monthlyAmount: true, annualAmount: true },
  });
  for (let i = 0; i < 48; i++) {
    const tier = tiers[i % 5 === 0 ? 2 : i % 3 === 0 ? 1 : 0]!;
    const annual = i % 4 === 0;
    const startedAt = new Date(now.getTime() - (360 - i * 7.3) * DAY);
    const ended = i % 6 === 5;
    const endedAt = ended ? new Date(startedAt.getTime() + 75 * DAY) : null;
    const period = annual ? 365 * DAY : 30 * DAY;
    const elapsed = Math.max(0, now.getTime() - startedAt.getTime());
    const nextPayment = new Date(startedAt.getTime() + (Math.floor(elapsed / period) + 1) * period);
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${String.fromCharCode(65 + (i % 26))}.`;
    await db.reader.create({
      data: {
        email: `member${i + 1}@example.org`,
        displayName: name,
        membership: {
          create: {
            stripeCustomerId: `cus_demo_${i + 1}`,
            status: ended ? "CANCELED" : i % 17 === 3 ? "PAST_DUE" : "ACTIVE",
            tierId: tier.id,
            interval: annual ? "YEAR" : "MONTH",
            amount: (annual ? tier.annualAmount : tier.monthlyAmount) ?? 0,
            startedAt,
            currentPeriodEnd: ended ? null : nextPayment,
            cancelAtPeriodEnd: i % 11 === 7,
            endedAt,
            lastEventAt: startedAt,
          },
        },
      },
      select: { id: true },
    });
  }
  return DEMO_TIERS.length;
}
