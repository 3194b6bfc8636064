import { env } from "@/lib/env";
import { TEST_WEBHOOK_SECRET, signEvent } from "../stripe/events";
import { testDb } from "./database";

/**
 * Stripe configured for this test file: env() is parsed once per file, so
 * the settings go into the parsed object itself.
 */
export function configureStripe(apiBase?: string) {
  Object.assign(env(), {
    STRIPE_SECRET_KEY: "sk_test_newsroom",
    STRIPE_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
    STRIPE_API_BASE: apiBase,
  });
}

export async function createReader(
  email = `reader${Math.random().toString(36).slice(2, 8)}@example.com`,
) {
  return testDb().reader.create({
    data: { email, displayName: "Reader" },
    select: { id: true, email: true, displayName: true, createdAt: true },
  });
}

export async function createTier(
  overrides: { name?: string; monthlyAmount?: number | null; annualAmount?: number | null } = {},
) {
  return testDb().membershipTier.create({
    data: {
      name: overrides.name ?? "Supporter",
      monthlyAmount: overrides.monthlyAmount === undefined ? 1000 : overrides.monthlyAmount,
      annualAmount: overrides.annualAmount === undefined ? 10000 : overrides.annualAmount,
    },
    select: { id: true, name: true },
  });
}

/** Delivers an event to the webhook route as Stripe would, signed. */
export async function deliver(
  event: unknown,
  options: { secret?: string; timestamp?: number; signature?: string } = {},
): Promise<Response> {
  const { POST } = await import("@/app/api/membership/webhook/route");
  const { payload, signature } = signEvent(event, options);
  return POST(
    new Request("http://127.0.0.1/api/membership/webhook", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "stripe-signature": options.signature ?? signature,
      },
      body: payload,
    }),
  );
}

export async function membershipOf(readerId: string) {
  return testDb().membership.findUnique({
    where: { readerId },
    select: {
      status: true,
      tierId: true,
      interval: true,
      amount: true,
      stripeCustomerId: true,
      startedAt: true,
      currentPeriodEnd: true,
      cancelAtPeriodEnd: true,
      endedAt: true,
      events: {
        orderBy: { receivedAt: "asc" },
        select: { stripeEventId: true, outcome: true, type: true },
      },
    },
  });
}

export const T0 = Math.floor(Date.UTC(2026, 10, 1, 12) / 1000);
