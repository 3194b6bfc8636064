import type Stripe from "stripe";
import type { MembershipInterval, MembershipStatus } from "./dto";
import { addInterval, intervalFromStripe, statusFromStripe } from "./rules";

/**
 * What one Stripe event says about a membership, read from the event alone
 * (pure, so every kind of event is tested without a database). The events
 * this site subscribes to are listed in docs/membership.md.
 */
export type MembershipChange =
  | {
      kind: "membership";
      customerId: string;
      /** From our own checkout's metadata; null for a customer we already know. */
      readerId: string | null;
      status: MembershipStatus;
      /** undefined: the event does not say (leave it as it is). */
      tierId?: string | null;
      interval?: MembershipInterval | null;
      amount?: number;
      currency?: string;
      startedAt?: Date;
      currentPeriodEnd?: Date | null;
      /** The next payment is a guess (a completed checkout); a subscription event knows it. */
      periodEstimated?: boolean;
      cancelAtPeriodEnd?: boolean;
      endedAt?: Date | null;
    }
  | {
      kind: "donation";
      customerId: string;
      readerId: string | null;
      amount: number;
      currency: string;
    }
  | { kind: "ignored" };

export const HANDLED_EVENTS = [
  "checkout.session.completed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
] as const;

const IGNORED = { kind: "ignored" } as const;

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === "string" ? value : value.id;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/**
 * Our checkout writes the tier's id, or "custom" for a reader's own amount
 * (no tier); a subscription made elsewhere (Stripe's dashboard) says nothing.
 */
function tierOf(metadata: Stripe.Metadata | null | undefined): string | null | undefined {
  const tierId = text(metadata?.tierId);
  if (!tierId) return undefined;
  return tierId === "custom" ? null : tierId;
}

const seconds = (value: number) => new Date(value * 1000);

export function changeFromEvent(event: Stripe.Event): MembershipChange {
  const at = seconds(event.created);
  switch (event.type) {
    case "checkout.session.completed":
      return fromCheckout(event.data.object, at);
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted":
      return fromSubscription(event.data.object, event.type.endsWith("deleted"));
    default:
      return IGNORED;
  }
}

function fromCheckout(session: Stripe.Checkout.Session, at: Date): MembershipChange {
  const customerId = idOf(session.customer);
  if (!customerId) return IGNORED;
  const readerId = text(session.client_reference_id) ?? text(session.metadata?.readerId);
  const paid =
    session.payment_status === "paid" || session.payment_status === "no_payment_required";
  if (session.mode === "payment") {
    if (!paid || !session.amount_total) return IGNORED;
    return {
      kind: "donation",
      customerId,
      readerId,
      amount: session.amount_total,
      currency: session.currency ?? "usd",
    };
  }
  if (session.mode !== "subscription") return IGNORED;
  const interval = intervalFromStripe(session.metadata?.interval);
  return {
    kind: "membership",
    customerId,
    readerId,
    status: paid ? "ACTIVE" : "INCOMPLETE",
    tierId: tierOf(session.metadata),
    interval,
    amount: session.amount_total ?? 0,
    currency: session.currency ?? "usd",
    startedAt: at,
    currentPeriodEnd: interval ? addInterval(at, interval) : null,
    periodEstimated: true,
    cancelAtPeriodEnd: false,
    endedAt: null,
  };
}

function fromSubscription(subscription: Stripe.Subscription, deleted: boolean): MembershipChange {
  const customerId = idOf(subscription.customer);
  if (!customerId) return IGNORED;
  const item = subscription.items?.data?.[0];
  const price = item?.price;
  const status = deleted ? "CANCELED" : statusFromStripe(subscription.status);
  const endedAt = subscription.ended_at ? seconds(subscription.ended_at) : null;
  return {
    kind: "membership",
    customerId,
    readerId: text(subscription.metadata?.readerId),
    status,
    tierId: tierOf(subscription.metadata),
    interval: intervalFromStripe(price?.recurring?.interval),
    amount: (price?.unit_amount ?? 0) * (item?.quantity ?? 1),
    currency: subscription.currency ?? price?.currency ?? "usd",
    startedAt: seconds(subscription.start_date),
    currentPeriodEnd: item?.current_period_end ? seconds(item.current_period_end) : null,
    periodEstimated: false,
    cancelAtPeriodEnd: Boolean(subscription.cancel_at_period_end || subscription.cancel_at),
    endedAt:
      status === "CANCELED"
        ? (endedAt ?? (subscription.canceled_at ? seconds(subscription.canceled_at) : null))
        : null,
  };
}
