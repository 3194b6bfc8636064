import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { checkoutCompleted, subscriptionEvent } from "@/test/stripe/events";
import { changeFromEvent } from "./stripe-events";

const T0 = Math.floor(Date.UTC(2026, 10, 1, 12) / 1000);
const asEvent = (event: unknown) => event as Stripe.Event;

describe("what a Stripe event says about a membership", () => {
  it("reads a completed subscription checkout: reader, tier, plan and an estimated next payment", () => {
    const change = changeFromEvent(
      asEvent(
        checkoutCompleted({
          customer: "cus_1",
          readerId: "reader-1",
          tierId: "tier-1",
          interval: "month",
          amount: 500,
          created: T0,
        }),
      ),
    );
    expect(change).toMatchObject({
      kind: "membership",
      customerId: "cus_1",
      readerId: "reader-1",
      status: "ACTIVE",
      tierId: "tier-1",
      interval: "MONTH",
      amount: 500,
      periodEstimated: true,
      currentPeriodEnd: new Date(Date.UTC(2026, 11, 1, 12)),
    });
  });

  it("treats an unpaid checkout as not yet a membership, and a custom amount as no tier", () => {
    const change = changeFromEvent(
      asEvent(
        checkoutCompleted({
          customer: "cus_1",
          readerId: "reader-1",
          amount: 700,
          created: T0,
          paymentStatus: "unpaid",
        }),
      ),
    );
    expect(change).toMatchObject({ kind: "membership", status: "INCOMPLETE", tierId: null });
  });

  it("reads a one-time gift as a donation, and an unpaid one as nothing", () => {
    const gift = {
      customer: "cus_1",
      readerId: "r",
      amount: 2500,
      created: T0,
      mode: "payment" as const,
    };
    expect(changeFromEvent(asEvent(checkoutCompleted(gift)))).toEqual({
      kind: "donation",
      customerId: "cus_1",
      readerId: "r",
      amount: 2500,
      currency: "usd",
    });
    expect(
      changeFromEvent(asEvent(checkoutCompleted({ ...gift, paymentStatus: "unpaid" }))).kind,
    ).toBe("ignored");
  });

  it("reads a subscription's status, period end and cancellation from the subscription itself", () => {
    const change = changeFromEvent(
      asEvent(
        subscriptionEvent("updated", {
          customer: "cus_1",
          status: "active",
          amount: 10000,
          interval: "year",
          created: T0,
          periodEnd: T0 + 365 * 86_400,
          cancelAtPeriodEnd: true,
        }),
      ),
    );
    expect(change).toMatchObject({
      kind: "membership",
      readerId: null,
      status: "ACTIVE",
      interval: "YEAR",
      amount: 10000,
      cancelAtPeriodEnd: true,
      periodEstimated: false,
      currentPeriodEnd: new Date((T0 + 365 * 86_400) * 1000),
    });
    // Made in Stripe's dashboard: no tier in its metadata, so the tier is left alone.
    expect(change).not.toHaveProperty("tierId", null);
  });

  it("ends a membership on deletion, whatever status the subscription last had", () => {
    const change = changeFromEvent(
      asEvent(
        subscriptionEvent("deleted", {
          customer: "cus_1",
          status: "past_due",
          amount: 500,
          created: T0,
          endedAt: T0,
        }),
      ),
    );
    expect(change).toMatchObject({ status: "CANCELED", endedAt: new Date(T0 * 1000) });
  });

  it("ignores events it does not use", () => {
    expect(
      changeFromEvent(
        asEvent({ id: "evt", type: "invoice.paid", created: T0, data: { object: {} } }),
      ),
    ).toEqual({ kind: "ignored" });
  });
});
