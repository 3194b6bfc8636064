import "server-only";
import type Stripe from "stripe";
import { env } from "@/lib/env";
import { done, fail, type ReaderResult } from "@/lib/readers/results";
import type { ReaderIdentity } from "@/lib/readers/session";
import { db } from "@/lib/db";
import type { MembershipInterval, MembershipOfferDto } from "./dto";
import { getMembershipOffer } from "./queries";
import { formatMoney, isMemberStatus } from "./rules";
import { checkoutSchema } from "./schemas";
import { stripeClient } from "./stripe";

export const PAYMENTS_OFF = fail("closed", "Payments are not switched on for this site.");

interface Price {
  mode: "subscription" | "payment";
  amount: number;
  interval: MembershipInterval | null;
  tierId: string;
  name: string;
}

/** The price a checkout form asks for, checked against the offer as it stands. */
export function priceFor(
  offer: MembershipOfferDto,
  plan: string,
  amount: number | null,
): Price | string {
  if (plan === "custom" || plan === "donation") {
    const donation = plan === "donation";
    const allowed = donation ? offer.donations : offer.customAmount;
    const minimum = donation ? offer.donationMinimum : offer.customMinimum;
    if (!allowed) return "That way of giving is not offered at the moment.";
    if (amount === null || amount < minimum) {
      return `Enter an amount of at least ${formatMoney(minimum, offer.currency)}.`;
    }
    return donation
      ? { mode: "payment", amount, interval: null, tierId: "donation", name: "One-time donation" }
      : { mode: "subscription", amount, interval: "MONTH", tierId: "custom", name: "Membership" };
  }
  const [tierId, period] = plan.split(":");
  const tier = offer.tiers.find((t) => t.id === tierId);
  const interval = period === "year" ? "YEAR" : period === "month" ? "MONTH" : null;
  const tierAmount = interval === "YEAR" ? tier?.annualAmount : tier?.monthlyAmount;
  if (!tier || !interval || tierAmount === null || tierAmount === undefined) {
    return "That membership is no longer offered. Choose another.";
  }
  return { mode: "subscription", amount: tierAmount, interval, tierId: tier.id, name: tier.name };
}

/**
 * Creates a Stripe Checkout session for a signed-in reader and returns the
 * address of Stripe's hosted page: card details go to Stripe, never here.
 * Nothing is written: the membership exists once Stripe's webhook says so.
 */
export async function startCheckout(
  reader: ReaderIdentity,
  input: unknown,
): Promise<ReaderResult<{ url: string }>> {
  const stripe = stripeClient();
  if (!stripe) return PAYMENTS_OFF;
  const parsed = checkoutSchema.safeParse(input);
  if (!parsed.success) return fail("invalid", "Choose how you would like to support us.");
  const offer = await getMembershipOffer();
  const price = priceFor(offer, parsed.data.plan, parsed.data.amount);
  if (typeof price === "string") return fail("invalid", price, { amount: price });

  const existing = await db.membership.findUnique({
    where: { readerId: reader.id },
    select: { stripeCustomerId: true, status: true },
  });
  if (price.mode === "subscription" && isMemberStatus(existing?.status)) {
    return fail("forbidden", "You are already a member. Change your plan from your account page.");
  }

  const site = env().SITE_URL.replace(/\/$/, "");
  const metadata = {
    readerId: reader.id,
    tierId: price.tierId,
    interval: price.interval?.toLowerCase() ?? "",
  };
  const lineItem: Stripe.Checkout.SessionCreateParams.LineItem = {
    quantity: 1,
    price_data: {
      currency: offer.currency,
      unit_amount: price.amount,
      product_data: { name: price.name },
      ...(price.interval
        ? { recurring: { interval: price.interval === "YEAR" ? "year" : "month" } }
        : {}),
    },
  };
  const session = await stripe.checkout.sessions.create({
    mode: price.mode,
    line_items: [lineItem],
    client_reference_id: reader.id,
    metadata,
    ...(existing
      ? { customer: existing.stripeCustomerId }
      : {
          customer_email: reader.email,
          ...(price.mode === "payment" ? { customer_creation: "always" as const } : {}),
        }),
    ...(price.mode === "subscription"
      ? { subscription_data: { metadata } }
      : { payment_intent_data: { metadata } }),
    success_url: `${site}/account?${price.mode === "payment" ? "donated" : "joined"}=1`,
    cancel_url: `${site}/membership?cancelled=1`,
  });
  if (!session.url) throw new Error("Stripe returned a checkout session without a URL.");
  return done({ url: session.url });
}

/** Stripe's billing portal for a reader who has paid before: receipts, card, plan, cancelling. */
export async function startPortal(reader: ReaderIdentity): Promise<ReaderResult<{ url: string }>> {
  const stripe = stripeClient();
  if (!stripe) return PAYMENTS_OFF;
  const row = await db.membership.findUnique({
    where: { readerId: reader.id },
    select: { stripeCustomerId: true },
  });
  if (!row) return fail("not-found", "There is no membership or donation on this account yet.");
  const site = env().SITE_URL.replace(/\/$/, "");
  const session = await stripe.billingPortal.sessions.create({
    customer: row.stripeCustomerId,
    return_url: `${site}/account`,
  });
  return done({ url: session.url });
}
