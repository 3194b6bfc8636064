import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkoutCompleted, subscriptionEvent } from "../stripe/events";
import { testDb, truncateAll } from "./database";
import {
  configureStripe,
  createReader,
  createTier,
  deliver,
  membershipOf,
  T0,
} from "./membership-support";

beforeAll(() => configureStripe());
beforeEach(() => truncateAll());

const outcome = async (response: Response) => {
  expect(response.status).toBe(200);
  return ((await response.json()) as { outcome: string }).outcome;
};

/** The first event of a new member: a $5 checkout by customer cus_1. */
const paidCheckout = (readerId: string) =>
  checkoutCompleted({ customer: "cus_1", readerId, amount: 500, created: T0 });

describe("the membership webhook", () => {
  it("refuses a body whose signature does not match, and changes nothing", async () => {
    const reader = await createReader();
    const event = paidCheckout(reader.id);
    const wrongSecret = await deliver(event, { secret: "whsec_someone_else" });
    expect(wrongSecret.status).toBe(400);
    const noHeader = await deliver(event, { signature: "" });
    expect(noHeader.status).toBe(400);
    // A delivery signed long ago (a captured request sent again) is refused too.
    const old = await deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect(old.status).toBe(400);
    expect(await testDb().membershipEvent.count()).toBe(0);
    expect(await membershipOf(reader.id)).toBeNull();
  });

  it("makes a reader a member when their checkout completes", async () => {
    const reader = await createReader();
    const tier = await createTier();
    const event = checkoutCompleted({
      customer: "cus_1",
      readerId: reader.id,
      tierId: tier.id,
      interval: "year",
      amount: 10000,
      created: T0,
    });
    expect(await outcome(await deliver(event))).toBe("applied");
    const membership = await membershipOf(reader.id);
    expect(membership).toMatchObject({
      status: "ACTIVE",
      tierId: tier.id,
      interval: "YEAR",
      amount: 10000,
      stripeCustomerId: "cus_1",
      startedAt: new Date(T0 * 1000),
      // Until Stripe's subscription event says, the next payment is a year on.
      currentPeriodEnd: new Date(Date.UTC(2027, 10, 1, 12)),
    });
    expect(membership?.events).toEqual([
      { stripeEventId: event.id, outcome: "APPLIED", type: "checkout.session.completed" },
    ]);
  });

  it("applies a replayed or duplicated event once", async () => {
    const reader = await createReader();
    const event = paidCheckout(reader.id);
    expect(await outcome(await deliver(event))).toBe("applied");
    expect(await outcome(await deliver(event))).toBe("duplicate");
    // Two deliveries of one event at the same moment.
    const cancel = subscriptionEvent("deleted", {
      customer: "cus_1",
      status: "canceled",
      amount: 500,
      created: T0 + 100,
      endedAt: T0 + 100,
    });
    const outcomes = await Promise.all(
      [deliver(cancel), deliver(cancel)].map(async (r) => outcome(await r)),
    );
    expect(outcomes.sort()).toEqual(["applied", "duplicate"]);
    const membership = await membershipOf(reader.id);
    expect(membership?.status).toBe("CANCELED");
    expect(membership?.events.map((e) => e.outcome)).toEqual(["APPLIED", "APPLIED"]);
  });

  it("keeps the newest state when events arrive out of order", async () => {
    const reader = await createReader();
    const base = { customer: "cus_2", readerId: reader.id, amount: 1000 };
    const created = subscriptionEvent("created", { ...base, status: "active", created: T0 });
    const cancelled = subscriptionEvent("updated", {
      ...base,
      status: "active",
      created: T0 + 50,
      cancelAtPeriodEnd: true,
      periodEnd: T0 + 30 * 86_400,
    });
    const deleted = subscriptionEvent("deleted", {
      ...base,
      status: "canceled",
      created: T0 + 100,
      endedAt: T0 + 100,
    });
    // Stripe sends them in order; they arrive newest first.
    expect(await outcome(await deliver(deleted))).toBe("applied");
    expect(await outcome(await deliver(cancelled))).toBe("stale");
    expect(await outcome(await deliver(created))).toBe("stale");
    const membership = await membershipOf(reader.id);
    expect(membership).toMatchObject({ status: "CANCELED", endedAt: new Date((T0 + 100) * 1000) });
    // Every event is in the member's history, the late ones marked as such.
    expect(membership?.events.map((e) => e.outcome)).toEqual(["APPLIED", "STALE", "STALE"]);
  });

  it("never lets a checkout's first 'incomplete' undo its payment within the same second", async () => {
    const reader = await createReader();
    const base = { customer: "cus_3", readerId: reader.id, amount: 500 };
    await deliver(checkoutCompleted({ ...base, created: T0 }));
    const preliminary = subscriptionEvent("created", {
      ...base,
      status: "incomplete",
      created: T0,
    });
    expect(await outcome(await deliver(preliminary))).toBe("stale");
    // A second later it is real news: the first payment failed after all.
    const failed = subscriptionEvent("updated", { ...base, status: "past_due", created: T0 + 1 });
    expect(await outcome(await deliver(failed))).toBe("applied");
    expect((await membershipOf(reader.id))?.status).toBe("PAST_DUE");
  });

  it("takes the next payment from the subscription, over the checkout's estimate, in any order", async () => {
    const reader = await createReader();
    const base = { customer: "cus_4", readerId: reader.id, amount: 500 };
    const periodEnd = T0 + 31 * 86_400;
    await deliver(
      subscriptionEvent("created", { ...base, status: "active", created: T0, periodEnd }),
    );
    await deliver(checkoutCompleted({ ...base, created: T0 }));
    expect((await membershipOf(reader.id))?.currentPeriodEnd).toEqual(new Date(periodEnd * 1000));
  });

  it("records a one-time gift without making the giver a member", async () => {
    const reader = await createReader();
    const gift = checkoutCompleted({
      customer: "cus_5",
      readerId: reader.id,
      amount: 2500,
      created: T0,
      mode: "payment",
    });
    expect(await outcome(await deliver(gift))).toBe("applied");
    const membership = await membershipOf(reader.id);
    expect(membership?.status).toBe("NONE");
    const history = await testDb().membershipEvent.findMany({
      select: { donation: true, amount: true },
    });
    expect(history).toEqual([{ donation: true, amount: 2500 }]);
    // A membership begun earlier than the gift still applies: the gift is not a state.
    await deliver(
      subscriptionEvent("created", {
        customer: "cus_5",
        readerId: reader.id,
        status: "active",
        amount: 500,
        created: T0 - 10,
      }),
    );
    expect((await membershipOf(reader.id))?.status).toBe("ACTIVE");
  });

  it("keeps events about customers it does not know, and changes nothing", async () => {
    const stranger = subscriptionEvent("updated", {
      customer: "cus_unknown",
      status: "active",
      amount: 500,
      created: T0,
    });
    expect(await outcome(await deliver(stranger))).toBe("ignored");
    const otherType = { ...stranger, id: "evt_other", type: "invoice.paid" };
    expect(await outcome(await deliver(otherType))).toBe("ignored");
    expect(await testDb().membership.count()).toBe(0);
    expect(await testDb().membershipEvent.count({ where: { outcome: "IGNORED" } })).toBe(2);
  });

  it("names a reader that does not exist: nothing is created", async () => {
    const event = checkoutCompleted({
      customer: "cus_6",
      readerId: "no-such-reader",
      amount: 500,
      created: T0,
    });
    expect(await outcome(await deliver(event))).toBe("ignored");
    expect(await testDb().membership.count()).toBe(0);
  });
});
