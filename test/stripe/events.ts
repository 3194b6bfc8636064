import Stripe from "stripe";

/**
 * Stripe events as Stripe sends them (the fields this site reads, and the
 * envelope), and their signature made with the library's own test helper,
 * for the webhook tests and the e2e journey.
 */
export const TEST_WEBHOOK_SECRET = "whsec_test_newsroom_membership_0123456789";

let sequence = 0;
const nextId = (prefix: string) => `${prefix}_test_${Date.now().toString(36)}${++sequence}`;

type Interval = "month" | "year";

function envelope(type: string, object: Record<string, unknown>, created: number, id?: string) {
  return {
    id: id ?? nextId("evt"),
    object: "event",
    api_version: "2026-11-18.endive",
    created,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  };
}

export function checkoutCompleted(input: {
  customer: string;
  readerId: string;
  tierId?: string;
  interval?: Interval;
  amount: number;
  created: number;
  mode?: "subscription" | "payment";
  paymentStatus?: "paid" | "unpaid";
  id?: string;
}) {
  const mode = input.mode ?? "subscription";
  const metadata = {
    readerId: input.readerId,
    tierId: input.tierId ?? (mode === "payment" ? "donation" : "custom"),
    interval: mode === "payment" ? "" : (input.interval ?? "month"),
  };
  return envelope(
    "checkout.session.completed",
    {
      id: nextId("cs"),
      object: "checkout.session",
      mode,
      customer: input.customer,
      client_reference_id: input.readerId,
      metadata,
      amount_total: input.amount,
      currency: "usd",
      payment_status: input.paymentStatus ?? "paid",
      status: "complete",
      subscription: mode === "subscription" ? nextId("sub") : null,
    },
    input.created,
    input.id,
  );
}

export function subscriptionEvent(
  type: "created" | "updated" | "deleted",
  input: {
    customer: string;
    readerId?: string;
    tierId?: string;
    status: string;
    amount: number;
    interval?: Interval;
    created: number;
    startDate?: number;
    periodEnd?: number;
    cancelAtPeriodEnd?: boolean;
    endedAt?: number | null;
    id?: string;
  },
) {
  const interval = input.interval ?? "month";
  return envelope(
    `customer.subscription.${type}`,
    {
      id: "sub_test_fixed",
      object: "subscription",
      customer: input.customer,
      status: input.status,
      metadata: input.readerId
        ? { readerId: input.readerId, tierId: input.tierId ?? "custom", interval }
        : {},
      start_date: input.startDate ?? input.created,
      cancel_at_period_end: input.cancelAtPeriodEnd ?? false,
      cancel_at: null,
      canceled_at: input.endedAt ?? null,
      ended_at: input.endedAt ?? null,
      currency: "usd",
      items: {
        object: "list",
        data: [
          {
            id: "si_test_fixed",
            object: "subscription_item",
            quantity: 1,
            current_period_start: input.created,
            current_period_end: input.periodEnd ?? input.created + 30 * 86_400,
            price: {
              id: "price_test",
              object: "price",
              currency: "usd",
              unit_amount: input.amount,
              recurring: { interval, interval_count: 1 },
            },
          },
        ],
      },
    },
    input.created,
    input.id,
  );
}

/** The body and Stripe-Signature header of a webhook delivery. */
export function signEvent(
  event: unknown,
  options: { secret?: string; timestamp?: number } = {},
): { payload: string; signature: string } {
  const payload = JSON.stringify(event);
  const signature = Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? TEST_WEBHOOK_SECRET,
    ...(options.timestamp ? { timestamp: options.timestamp } : {}),
  });
  return { payload, signature };
}
